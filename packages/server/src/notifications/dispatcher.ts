import { CHANNEL_CONSENT, type NotificationChannel, type NotificationKind } from '@txassist/contract';
import type { Services } from '../services.js';
import { getBuyer, type Buyer } from '../store/buyers.js';
import { isConsentGranted, listPreferences } from '../store/consents.js';
import { emailFor, smsFor } from './messages.js';
import type { NotificationPayload } from './outbox.js';

interface PendingRow {
  id: string;
  buyer_id: string;
  kind: NotificationKind;
  channel: NotificationChannel;
  payload: string;
  attempts: number;
  created_at: Date | string;
}

const MAX_ATTEMPTS = 5;

interface Channel {
  configured(services: Services): boolean;
  address(buyer: Buyer | undefined): string | null | undefined;
  /** `id` is the notification id: the email's Message-ID and the SMS provider's idempotency key. */
  send(services: Services, id: string, address: string, payload: NotificationPayload, buyer: Buyer): Promise<void>;
  /** The skip reason recorded when a send fails (it is retried). */
  failure: string;
}

/** Channels that leave the server; `in_app` is delivered by being marked sent. */
const CHANNELS: Record<Exclude<NotificationChannel, 'in_app'>, Channel> = {
  email: {
    configured: (services) => services.mailer !== undefined,
    address: (buyer) => buyer?.email,
    send: (services, id, to, payload, buyer) =>
      services.mailer!.send({ messageId: `<${id}@txassist>`, to, ...emailFor(payload, buyer.locale) }),
    failure: 'smtp_error',
  },
  sms: {
    configured: (services) => services.sms !== undefined,
    address: (buyer) => buyer?.phone,
    send: (services, id, to, payload, buyer) => services.sms!.send({ id, to, text: smsFor(payload, buyer.locale) }),
    failure: 'sms_error',
  },
};

/**
 * Sends what is pending. Preferences and consent are checked now, not when queued: a channel
 * withdrawn a moment ago gets nothing. Returns how many rows it claimed.
 *
 * Claims are leases (`config.jobLeaseMs`) held with a claim token and renewed before each send, so
 * a process killed mid-send hands its messages over once its lease lapses, and one whose lease
 * lapsed (and was taken over) sends nothing more. A send is bounded by the mailer's and the SMS
 * sender's timeouts, shorter than the lease, so a message is not sent by two processes at once.
 */
export async function dispatchPending(services: Services, limit = 20): Promise<number> {
  const { db, cipher, config } = services;
  const now = () => config.now();
  const leaseEnd = () => new Date(now().getTime() + config.jobLeaseMs).toISOString();
  // A worker that died mid-send left its rows 'sending': they are pending again once its lease
  // lapsed. (A message may then go out twice at worst; its Message-ID is the notification id, so
  // mail clients fold duplicates, and the SMS provider de-duplicates by the same id.)
  await db.query(
    `update notifications set status = 'pending', claim_token = null
     where status = 'sending' and coalesce(lease_until, claimed_at + interval '5 minutes') < $1`,
    [now().toISOString()],
  );
  // Claim first: only the dispatcher whose update moved a row to 'sending' may send it, so two
  // dispatchers (or two server processes) never send one message twice.
  const token = crypto.randomUUID();
  const { rows } = await db.query<PendingRow>(
    `update notifications set status = 'sending', claimed_at = $2, claim_token = $3, lease_until = $4
     where id in (select id from notifications where status = 'pending' order by created_at limit $1 for update skip locked)
       and status = 'pending'
     returning id, buyer_id, kind, channel, payload, attempts, created_at`,
    [limit, now().toISOString(), token, leaseEnd()],
  );
  // In the order they were queued ("in transit" before "delivered"); `returning` keeps no order.
  const queuedAt = (row: PendingRow) => new Date(row.created_at).getTime();
  rows.sort((a, b) => queuedAt(a) - queuedAt(b));
  const settle = (id: string, status: 'sent' | 'skipped' | 'failed' | 'pending', reason: string | null) =>
    db.query(
      `update notifications set status = $2, skip_reason = $3, attempts = attempts + 1, claim_token = null,
         sent_at = case when $2 = 'sent' then $4::timestamptz else sent_at end
       where id = $1 and status = 'sending' and claim_token = $5`,
      [id, status, reason, now().toISOString(), token],
    );
  /** Renews the lease on the rows not yet settled; false when this row is no longer ours. */
  const stillOurs = async (index: number) => {
    const { rows: held } = await db.query<{ id: string }>(
      `update notifications set lease_until = $3
       where id = any($1) and status = 'sending' and claim_token = $2 returning id`,
      [rows.slice(index).map((row) => row.id), token, leaseEnd()],
    );
    return held.some((row) => row.id === rows[index]!.id);
  };

  for (const [index, row] of rows.entries()) {
    const purpose = CHANNEL_CONSENT[row.channel];
    if (purpose && !(await isConsentGranted(db, row.buyer_id, purpose))) {
      await settle(row.id, 'skipped', 'consent_withdrawn');
      continue;
    }
    const preference = (await listPreferences(db, row.buyer_id)).find(
      (p) => p.kind === row.kind && p.channel === row.channel,
    );
    if (!preference?.enabled) {
      await settle(row.id, 'skipped', 'preference_off');
      continue;
    }
    if (row.channel === 'in_app') {
      await settle(row.id, 'sent', null);
      continue;
    }
    const buyer = await getBuyer(db, cipher, row.buyer_id);
    const channel = CHANNELS[row.channel];
    const address = channel.address(buyer);
    if (!channel.configured(services) || !address) {
      await settle(row.id, 'skipped', channel.configured(services) ? 'no_address' : 'channel_not_configured');
      continue;
    }
    if (!(await stillOurs(index))) continue; // our lease lapsed and another dispatcher took it over
    try {
      const payload = JSON.parse(await cipher.decrypt(row.payload, 'notifications.payload')) as NotificationPayload;
      await channel.send(services, row.id, address, payload, buyer!); // an address means a buyer
      await settle(row.id, 'sent', null);
    } catch (error) {
      // Which message failed and how; never the address or the text.
      config.logger.warn(`${row.channel} delivery failed`, {
        notification: row.id,
        error: error instanceof Error ? error.name : 'error',
      });
      await settle(row.id, row.attempts + 1 >= MAX_ATTEMPTS ? 'failed' : 'pending', channel.failure);
    }
  }
  return rows.length;
}
