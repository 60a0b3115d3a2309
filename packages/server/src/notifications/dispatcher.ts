import { CHANNEL_CONSENT, type NotificationChannel, type NotificationKind } from '@txassist/contract';
import type { Services } from '../services.js';
import { getBuyer } from '../store/buyers.js';
import { isConsentGranted, listPreferences } from '../store/consents.js';
import type { NotificationPayload } from './outbox.js';

interface PendingRow {
  id: string;
  buyer_id: string;
  kind: NotificationKind;
  channel: NotificationChannel;
  payload: string;
  attempts: number;
}

const MAX_ATTEMPTS = 5;
const STALE_CLAIM_MS = 5 * 60_000;

const SUBJECTS: Partial<Record<NotificationPayload['status'], string>> = {
  awaiting_shipment: 'Your order {number} is confirmed',
  in_transit: 'Your order {number} is on its way',
  delivered: 'Your order {number} was delivered',
  cancelled: 'Your order {number} was cancelled',
};

const MILESTONE_SUBJECTS: Partial<Record<NonNullable<NotificationPayload['milestone']>, string>> = {
  out_for_delivery: 'Your order {number} is out for delivery today',
  failed_attempt: 'We could not deliver your order {number}',
  exception: 'There is a problem with the delivery of order {number}',
  available_for_pickup: 'Your order {number} is ready to pick up',
  expired: 'Tracking for order {number} stopped updating',
};

/**
 * Sends what is pending. Preferences and consent are checked now, not when queued: a channel
 * withdrawn a moment ago gets nothing. Returns how many rows it settled.
 */
export async function dispatchPending(services: Services, limit = 50): Promise<number> {
  const { db, cipher, config, mailer } = services;
  // A worker that died mid-send left its rows 'sending': give them back after a while. (The
  // message may then go out twice at worst; its Message-ID is the notification id, so mail
  // clients fold duplicates.)
  await db.query(`update notifications set status = 'pending' where status = 'sending' and claimed_at < $1`, [
    new Date(config.now().getTime() - STALE_CLAIM_MS).toISOString(),
  ]);
  // Claim first: only the dispatcher whose update moved a row to 'sending' may send it, so two
  // dispatchers (or two server processes) never send one message twice.
  const { rows } = await db.query<PendingRow>(
    `update notifications set status = 'sending', claimed_at = $2
     where id in (select id from notifications where status = 'pending' order by created_at limit $1 for update skip locked)
       and status = 'pending'
     returning id, buyer_id, kind, channel, payload, attempts`,
    [limit, config.now().toISOString()],
  );
  const settle = (id: string, status: 'sent' | 'skipped' | 'failed' | 'pending', reason: string | null) =>
    db.query(
      `update notifications set status = $2, skip_reason = $3, attempts = attempts + 1,
         sent_at = case when $2 = 'sent' then $4::timestamptz else sent_at end
       where id = $1 and status = 'sending'`,
      [id, status, reason, config.now().toISOString()],
    );

  for (const row of rows) {
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
    if (row.channel === 'sms') {
      // The SMS provider adapter arrives with the notifications work; nothing is sent meanwhile.
      await settle(row.id, 'skipped', 'channel_not_configured');
      continue;
    }
    const buyer = await getBuyer(db, cipher, row.buyer_id);
    if (!mailer || !buyer?.email) {
      await settle(row.id, 'skipped', mailer ? 'no_address' : 'channel_not_configured');
      continue;
    }
    const payload = JSON.parse(await cipher.decrypt(row.payload, 'notifications.payload')) as NotificationPayload;
    try {
      await mailer.send({
        messageId: `<${row.id}@txassist>`,
        to: buyer.email,
        subject: (
          (payload.milestone && MILESTONE_SUBJECTS[payload.milestone]) ??
          SUBJECTS[payload.status] ??
          'Update on order {number}'
        ).replace('{number}', payload.order_number),
        text: `Order ${payload.order_number}: ${(payload.milestone ?? payload.status).replaceAll('_', ' ')}.`,
      });
      await settle(row.id, 'sent', null);
    } catch (error) {
      config.logger.warn('email delivery failed', {
        notification: row.id,
        error: error instanceof Error ? error.name : 'error',
      });
      await settle(row.id, row.attempts + 1 >= MAX_ATTEMPTS ? 'failed' : 'pending', 'smtp_error');
    }
  }
  return rows.length;
}
