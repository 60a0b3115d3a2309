import type { MessageBundle } from '@txassist/sdk/i18n';
import { PRIVACY } from '../i18n/catalogs/privacy/en.js';

/**
 * The Notification settings tab: the privacy centre's preferences table, a chunk of its own loaded when the
 * tab is first shown, with its words (the `privacy` namespace; see `HubViews`).
 */
export { renderPreferencesSection } from '../internal/preferences-section.js';

/** The tab's words, typed as any bundle (as `caseWords` in the dispute form). */
export const preferencesWords: MessageBundle = PRIVACY;
