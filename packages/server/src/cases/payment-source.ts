import type { CurrencyCode } from '@txassist/contract';
import type { Queryable } from '../db/database.js';

/**
 * The only place refunds touch payments. A refund goes back through the order's captured payment
 * intent when there is one (payments: `payment_intents`, status `succeeded`); otherwise it is
 * recorded against the order's paid total (orders created by a seller's back end, demo orders).
 */
export interface PaymentSource {
  /** What was captured for the order, in minor units of `currency`. */
  captured: number;
  currency: CurrencyCode;
  /** The payment intent refunds go back through; null when there is none. */
  paymentIntentId: string | null;
}

/** Order statuses in which the buyer has paid (unpaid orders have nothing to refund). */
const PAID_STATUSES = new Set([
  'on_hold',
  'awaiting_shipment',
  'partially_shipped',
  'awaiting_collection',
  'in_transit',
  'delivered',
  'completed',
  'cancelled',
]);

let intentsTable: Promise<boolean> | undefined;
let intentsTableDb: Queryable | undefined;

/** Whether the payments tables exist (the payments migration may be absent in older databases). */
function hasPaymentIntents(db: Queryable): Promise<boolean> {
  if (intentsTableDb !== db || !intentsTable) {
    intentsTableDb = db;
    intentsTable = db
      .query<{ present: boolean }>("select to_regclass('payment_intents') is not null as present")
      .then(({ rows }) => Boolean(rows[0]?.present));
  }
  return intentsTable;
}

export async function paymentSourceFor(
  db: Queryable,
  order: { id: string; status: string; currency: CurrencyCode; total: number },
): Promise<PaymentSource> {
  if (await hasPaymentIntents(db)) {
    const { rows } = await db.query<{ id: string; amount: string | number; currency: CurrencyCode }>(
      `select id, amount, currency from payment_intents where order_id = $1 and status = 'succeeded'`,
      [order.id],
    );
    const intent = rows[0];
    if (intent) return { captured: Number(intent.amount), currency: intent.currency, paymentIntentId: intent.id };
  }
  // Cancelled orders were refunded by cancellation when paid; nothing is left to claim on them.
  const paid = PAID_STATUSES.has(order.status) && order.status !== 'cancelled';
  return { captured: paid ? order.total : 0, currency: order.currency, paymentIntentId: null };
}
