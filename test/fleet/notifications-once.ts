import assert from 'node:assert/strict';
import type { Database } from '@txassist/server';
import type { CapturedMail } from '../../scripts/smtp-capture.d.mts';
import type { CaseBuyer } from './due-cases.js';
import type { ReceivedSms } from './sms-sink.js';

const sorted = (values: readonly string[]) => [...values].sort();

/**
 * Every email and SMS the outbox marked sent arrived exactly once (an email's Message-ID and an SMS's
 * id are the notification id), nothing arrived that the outbox did not mark sent, and each case
 * buyer was told of its settled refund request and dispute by email and by SMS.
 */
export async function checkNotificationsOnce(
  db: Database,
  emails: readonly CapturedMail[],
  texts: readonly ReceivedSms[],
  buyers: readonly CaseBuyer[],
): Promise<{ emails: number; texts: number }> {
  const emailIds = emails.map((mail) => /^Message-ID:\s*<([^@>]+)@txassist>/im.exec(mail.raw)?.[1] ?? '');
  assert.ok(!emailIds.includes(''), 'every email carries its notification id');
  const { rows } = await db.query<{ id: string; channel: string; buyer_id: string; kind: string }>(
    `select id, channel, buyer_id, kind from notifications where status = 'sent' and channel in ('email', 'sms')`,
  );
  const sent = (channel: string) => rows.filter((row) => row.channel === channel).map((row) => row.id);
  assert.deepEqual(sorted(emailIds), sorted(sent('email')), 'each email sent once, and only those the outbox sent');
  assert.deepEqual(
    sorted(texts.map((text) => text.id)),
    sorted(sent('sms')),
    'each SMS sent once, and only those the outbox sent',
  );
  for (const buyer of buyers) {
    const news = rows.filter((row) => row.buyer_id === buyer.buyerId && row.kind === 'refunds_and_disputes');
    const mails = news.filter((row) => row.channel === 'email').map((row) => row.id);
    const smses = news.filter((row) => row.channel === 'sms').map((row) => row.id);
    assert.ok(mails.length >= 2 && smses.length >= 2, `the settlements were told by email and SMS (${buyer.buyerId})`);
    for (const id of mails) {
      assert.ok(emails[emailIds.indexOf(id)]!.to.includes(buyer.email), 'to the buyer');
    }
    for (const id of smses) assert.equal(texts.find((text) => text.id === id)!.to, buyer.phone, 'to the buyer');
  }
  return { emails: emailIds.length, texts: texts.length };
}
