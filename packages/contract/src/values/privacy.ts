// Privacy and notification values without zod (browser bundles import these; consent.ts and privacy.ts add the schemas).
import type { ConsentPurpose, NotificationChannel } from '../types.js';

export const NOTIFICATION_KINDS = ['order_updates', 'delivery_problems', 'refunds_and_disputes'] as const;

export const NOTIFICATION_CHANNELS = ['in_app', 'email', 'sms'] as const;

/** Channels that need a consent purpose besides the preference. */
export const CHANNEL_CONSENT: Readonly<Partial<Record<NotificationChannel, ConsentPurpose>>> = {
  email: 'notifications_email',
  sms: 'notifications_sms',
};

export const ERASURE_REMOVED_CODES = [
  'contact_details',
  'shipping_addresses',
  'preferences_and_messages',
  'activity_history',
] as const;

export const ERASURE_KEPT_CODES = ['financial_records', 'audit_log'] as const;
