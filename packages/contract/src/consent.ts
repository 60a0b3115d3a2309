import * as z from 'zod/mini';
import { Timestamp } from './timestamps.js';
import { NOTIFICATION_KINDS, NOTIFICATION_CHANNELS } from './values/privacy.js';

// Zod-free in values/privacy.ts (browser bundles import it from `@txassist/contract/values`); re-exported here.
export { NOTIFICATION_KINDS, NOTIFICATION_CHANNELS, CHANNEL_CONSENT } from './values/privacy.js';

/**
 * Purposes the buyer consents to. `necessary` ones are needed to fulfil an order and cannot be
 * withdrawn while using the service (the way out is erasure); the rest are the buyer's choice.
 */
export const CONSENT_PURPOSES = [
  'order_processing',
  'carrier_address_sharing',
  'notifications_email',
  'notifications_sms',
  'personalisation',
] as const;
export const ConsentPurpose = z.enum(CONSENT_PURPOSES);
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;

export const CONSENT_POLICY: Readonly<Record<ConsentPurpose, { necessary: boolean; defaultGranted: boolean }>> = {
  order_processing: { necessary: true, defaultGranted: true },
  carrier_address_sharing: { necessary: true, defaultGranted: true },
  notifications_email: { necessary: false, defaultGranted: true },
  notifications_sms: { necessary: false, defaultGranted: false },
  personalisation: { necessary: false, defaultGranted: false },
};

/** Bumped when the wording of a purpose changes; a consent records the version it was given for. */
export const CONSENT_TEXT_VERSION = '2026-11-01';

export const CONSENT_SOURCES = ['default', 'privacy_center', 'checkout', 'api'] as const;
export const ConsentSource = z.enum(CONSENT_SOURCES);

export const Consent = z.object({
  purpose: ConsentPurpose,
  granted: z.boolean(),
  necessary: z.boolean(),
  version: z.string(),
  source: ConsentSource,
  updated_at: z.nullable(Timestamp),
});
export type Consent = z.infer<typeof Consent>;

export const ConsentList = z.object({
  object: z.literal('consent_list'),
  data: z.array(Consent),
});
export type ConsentList = z.infer<typeof ConsentList>;

export const UpdateConsentRequest = z.object({
  purpose: ConsentPurpose,
  granted: z.boolean(),
  /** The consent text version the buyer saw; defaults to the current one. */
  version: z.optional(z.string().check(z.maxLength(40))),
  source: z.optional(z.enum(['privacy_center', 'checkout', 'api'])),
});
export type UpdateConsentRequest = z.infer<typeof UpdateConsentRequest>;

// ---- notification preferences ------------------------------------------------

export const NotificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const NotificationChannel = z.enum(NOTIFICATION_CHANNELS);
export type NotificationChannel = z.infer<typeof NotificationChannel>;

export const NotificationPreference = z.object({
  kind: NotificationKind,
  channel: NotificationChannel,
  enabled: z.boolean(),
  /** False when the channel's consent is withdrawn: nothing is sent whatever `enabled` says. */
  effective: z.boolean(),
});
export type NotificationPreference = z.infer<typeof NotificationPreference>;

export const NotificationPreferences = z.object({
  object: z.literal('notification_preferences'),
  data: z.array(NotificationPreference),
});
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

export const UpdateNotificationPreferencesRequest = z.object({
  preferences: z
    .array(z.object({ kind: NotificationKind, channel: NotificationChannel, enabled: z.boolean() }))
    .check(z.minLength(1), z.maxLength(20)),
});
export type UpdateNotificationPreferencesRequest = z.infer<typeof UpdateNotificationPreferencesRequest>;
