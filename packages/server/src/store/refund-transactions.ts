import { newId, type CurrencyCode, type RefundTransaction } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { iso } from './rows.js';

interface Row {
  id: RefundTransaction['id'];
  order_id: RefundTransaction['order_id'];
  amount: string | number;
  currency: CurrencyCode;
  payment_intent_id: string | null;
  source_id: string;
  created_at: Date;
}

export async function insertRefundTransaction(
  db: Queryable,
  input: { orderId: string; amount: number; currency: CurrencyCode; paymentIntentId: string | null; sourceId: string },
  now: Date,
): Promise<void> {
  await db.query(
    `insert into refund_transactions (id, order_id, amount, currency, payment_intent_id, source_id, created_at)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      newId('rft'),
      input.orderId,
      input.amount,
      input.currency,
      input.paymentIntentId,
      input.sourceId,
      now.toISOString(),
    ],
  );
}

export async function refundedTotal(db: Queryable, orderId: string): Promise<number> {
  const { rows } = await db.query<{ total: string | number | null }>(
    'select coalesce(sum(amount), 0) as total from refund_transactions where order_id = $1',
    [orderId],
  );
  return Number(rows[0]?.total ?? 0);
}

export async function listRefundTransactions(db: Queryable, orderId: string): Promise<RefundTransaction[]> {
  const { rows } = await db.query<Row>(
    'select * from refund_transactions where order_id = $1 order by created_at, id',
    [orderId],
  );
  return rows.map((row) => ({
    object: 'refund_transaction',
    id: row.id,
    order_id: row.order_id,
    amount: { amount: Number(row.amount), currency: row.currency },
    payment_intent_id: row.payment_intent_id,
    source_id: row.source_id,
    created_at: iso(row.created_at),
  }));
}
