import type { NotificationChannel, NotificationKind } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import type { Failure } from './failure.js';

// What a save of one notification preference needs, apart from the table that shows them
// (`preferences-section.ts`): the order hub keeps it in its first chunk and loads the table with its tab.

export interface PreferenceChange {
  readonly kind: NotificationKind;
  readonly channel: NotificationChannel;
  readonly enabled: boolean;
}

/** A preference that could not be saved. */
export interface PreferenceFailure {
  readonly change: PreferenceChange;
  readonly failure: Failure;
}

export const preferenceKey = (kind: NotificationKind, channel: NotificationChannel) => `${kind}:${channel}`;

export function preferenceLabel({ t }: Translator, kind: NotificationKind, channel: NotificationChannel): string {
  return t('privacy.preferences.cell_label', {
    kind: t(`privacy.kind.${kind}`),
    channel: t(`privacy.channel.${channel}`),
  });
}
