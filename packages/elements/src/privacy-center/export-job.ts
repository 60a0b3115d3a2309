import type { MessageBundle } from '@txassist/sdk/i18n';
import { EXPORT } from '../i18n/catalogs/export/en.js';

/**
 * "Download my data" once there is a job: its views, what the button does, and their words (the `export`
 * namespace), in a chunk of its own loaded with `import()` when the buyer first asks for an export or a job
 * is shown (`export-job-controller.ts`), so the privacy centre's first render carries none of it.
 */
export { renderExportJob } from './sections/export-job-view.js';
export { pressExport, waitForExport } from './export-job-actions.js';
/** These views' words: they load with them; typed as any bundle (see `erasureWords`). */
export const exportWords: MessageBundle = EXPORT;
