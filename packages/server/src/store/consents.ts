import {
  CHANNEL_CONSENT,
  CONSENT_POLICY,
  CONSENT_PURPOSES,
  CONSENT_TEXT_VERSION,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type Consent,
  type ConsentPurpose,
  type NotificationChannel,
  type NotificationKind,
  type NotificationPreference,
} from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { iso } from './rows.js';

interface ConsentRow {
  purpose: ConsentPurpose;
  granted: boolean;
  version: string;
  source: Consent['source'];
  updated_at: Date;
}

/** Every purpose, with the stored choice or the default (necessary: granted; opt-ins: off). */
export async function listConsents(db: Queryable, buyerId: string): Promise<Consent[]> {
  const { rows } = await db.query<ConsentRow>(
    'select purpose, granted, version, source, updated_at from consents where buyer_id = $1',
    [buyerId],
  );
  const stored = new Map(rows.map((row) => [row.purpose, row]));
  return CONSENT_PURPOSES.map((purpose) => {
    const row = stored.get(purpose);
    const policy = CONSENT_POLICY[purpose];
    return row
      ? {
          purpose,
          granted: row.granted,
          necessary: policy.necessary,
          version: row.version,
          source: row.source,
          updated_at: iso(row.updated_at),
        }
      : {
          purpose,
          granted: policy.defaultGranted,
          necessary: policy.necessary,
          version: CONSENT_TEXT_VERSION,
          source: 'default',
          updated_at: null,
        };
  });
}

export async function isConsentGranted(db: Queryable, buyerId: string, purpose: ConsentPurpose): Promise<boolean> {
  const { rows } = await db.query<{ granted: boolean }>(
    'select granted from consents where buyer_id = $1 and purpose = $2',
    [buyerId, purpose],
  );
  return rows[0]?.granted ?? CONSENT_POLICY[purpose].defaultGranted;
}

/** Records the choice and its history (version, time, source); effective immediately. */
export async function setConsent(
  db: Queryable,
  buyerId: string,
  input: { purpose: ConsentPurpose; granted: boolean; version: string; source: Consent['source'] },
  now: Date,
): Promise<void> {
  await db.query(
    `insert into consents (buyer_id, purpose, granted, version, source, updated_at) values ($1, $2, $3, $4, $5, $6)
     on conflict (buyer_id, purpose) do update
       set granted = excluded.granted, version = excluded.version, source = excluded.source, updated_at = excluded.updated_at`,
    [buyerId, input.purpose, input.granted, input.version, input.source, now.toISOString()],
  );
  await db.query(
    'insert into consent_events (buyer_id, purpose, granted, version, source, at) values ($1, $2, $3, $4, $5, $6)',
    [buyerId, input.purpose, input.granted, input.version, input.source, now.toISOString()],
  );
}

/** Defaults: every kind in the app and by email; SMS only when the buyer turns it on. */
const DEFAULT_ENABLED: Readonly<Record<NotificationChannel, boolean>> = { in_app: true, email: true, sms: false };

export async function listPreferences(db: Queryable, buyerId: string): Promise<NotificationPreference[]> {
  const { rows } = await db.query<{ kind: NotificationKind; channel: NotificationChannel; enabled: boolean }>(
    'select kind, channel, enabled from notification_preferences where buyer_id = $1',
    [buyerId],
  );
  const stored = new Map(rows.map((row) => [`${row.kind}:${row.channel}`, row.enabled]));
  const consents = new Map((await listConsents(db, buyerId)).map((consent) => [consent.purpose, consent.granted]));
  return NOTIFICATION_KINDS.flatMap((kind) =>
    NOTIFICATION_CHANNELS.map((channel) => {
      const enabled = stored.get(`${kind}:${channel}`) ?? DEFAULT_ENABLED[channel];
      const purpose = CHANNEL_CONSENT[channel];
      return { kind, channel, enabled, effective: enabled && (purpose ? (consents.get(purpose) ?? false) : true) };
    }),
  );
}

export async function setPreferences(
  db: Queryable,
  buyerId: string,
  preferences: readonly { kind: NotificationKind; channel: NotificationChannel; enabled: boolean }[],
): Promise<void> {
  for (const preference of preferences) {
    await db.query(
      `insert into notification_preferences (buyer_id, kind, channel, enabled) values ($1, $2, $3, $4)
       on conflict (buyer_id, kind, channel) do update set enabled = excluded.enabled`,
      [buyerId, preference.kind, preference.channel, preference.enabled],
    );
  }
}
