import {
  isStorableText,
  maskEmail,
  newId,
  type Address,
  type BuyerId,
  type CreateOrderRequest,
  type LineItem,
  type Order,
  type OrderStatus,
  type PriceBreakdown,
  type SellerId,
} from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { allowedBuyerActions } from '../domain/buyer-actions.js';
import { computeTotals } from '../domain/order-totals.js';
import { paymentDue } from '../domain/payment-due.js';
import type { Principal } from '../domain/principal.js';
import type { FieldCipher } from '../security/field-cipher.js';
import type { CompanionRead } from './credentials.js';
import { maskAddress, type OrderView } from './order-view.js';
import { iso } from './rows.js';

interface OrderRow {
  id: Order['id'];
  number: string;
  seller_id: SellerId;
  seller_name: string;
  buyer_id: BuyerId;
  creator_id: string | null;
  creator_handle: string | null;
  creator_name: string | null;
  status: OrderStatus;
  currency: Order['currency'];
  line_items: LineItem[];
  amounts: PriceBreakdown;
  shipping_address: string | null;
  buyer_email: string | null;
  placed_at: Date;
  status_changed_at: Date;
  updated_at: Date;
  intent_checkout_id: string | null;
  intent_status: string | null;
}

const SELECT_ORDER = `
  select o.*, s.name as seller_name, c.handle as creator_handle, c.name as creator_name, b.email as buyer_email,
    pi.checkout_id as intent_checkout_id, pi.status as intent_status
  from orders o
  join sellers s on s.id = o.seller_id
  join buyers b on b.id = o.buyer_id
  left join creators c on c.id = o.creator_id
  left join payment_intents pi on pi.order_id = o.id`;

/**
 * Decrypts what the view may see: buyers get their own data in full, sellers the address (they
 * ship it) and a masked email, staff outside a case masked data only, `event` snapshots no email.
 */
async function toOrder(row: OrderRow, now: Date, cipher: FieldCipher, view: OrderView): Promise<Order> {
  const address = row.shipping_address
    ? (JSON.parse(await cipher.decrypt(row.shipping_address, 'orders.shipping_address')) as Address)
    : null;
  const email = view === 'event' ? null : await cipher.decryptNullable(row.buyer_email, 'buyers.email');
  return {
    object: 'order',
    id: row.id,
    number: row.number,
    status: row.status,
    currency: row.currency,
    seller: { id: row.seller_id, name: row.seller_name },
    buyer_id: row.buyer_id,
    creator:
      row.creator_id && row.creator_handle && row.creator_name
        ? { id: row.creator_id as `crt_${string}`, handle: row.creator_handle, name: row.creator_name }
        : null,
    line_items: row.line_items,
    amounts: row.amounts,
    shipping_address: view === 'staff' && address ? maskAddress(address) : address,
    ...(view === 'event'
      ? {}
      : { buyer_email: email === null ? null : view === 'buyer' || view === 'case' ? email : maskEmail(email) }),
    buyer_actions: allowedBuyerActions(
      row.status,
      new Date(iso(row.placed_at)),
      new Date(iso(row.status_changed_at)),
      now,
    ),
    // Only its buyer resumes the payment (the checkout id is theirs alone).
    ...(view === 'buyer'
      ? {
          payment_due: paymentDue(
            row.status,
            new Date(iso(row.placed_at)),
            { checkoutId: row.intent_checkout_id ?? null, status: row.intent_status ?? null },
            now,
          ),
        }
      : {}),
    placed_at: iso(row.placed_at),
    updated_at: iso(row.updated_at),
  };
}

/** SQL condition limiting orders to what the principal may see. Params start at `$first`. */
function visibility(principal: Principal, first: number): { sql: string; params: unknown[] } {
  switch (principal.role) {
    case 'buyer':
      return principal.orderId
        ? {
            sql: `o.seller_id = $${first} and o.buyer_id = $${first + 1} and o.id = $${first + 2}`,
            params: [principal.sellerId, principal.buyerId, principal.orderId],
          }
        : {
            sql: `o.seller_id = $${first} and o.buyer_id = $${first + 1}`,
            params: [principal.sellerId, principal.buyerId],
          };
    case 'seller':
      return { sql: `o.seller_id = $${first}`, params: [principal.sellerId] };
    case 'agent':
    case 'admin':
      return { sql: 'true', params: [] };
  }
}

/** The same rule as `visibility`, for an order row read before the principal was known. */
function visibleTo(principal: Principal, row: OrderRow): boolean {
  switch (principal.role) {
    case 'buyer':
      return (
        row.seller_id === principal.sellerId &&
        row.buyer_id === principal.buyerId &&
        (principal.orderId === null || row.id === principal.orderId)
      );
    case 'seller':
      return row.seller_id === principal.sellerId;
    case 'agent':
    case 'admin':
      return true;
  }
}

/** The order read with the credentials (`findCredentials`), by id only: visibility is applied on use. */
export function orderCompanion(orderId: string): CompanionRead {
  return { sql: (first) => `${SELECT_ORDER} where o.id = $${first}`, params: [orderId] };
}

/** The companion-read order row as the principal may see it; `undefined` when absent or not theirs. */
export async function visibleOrderFromCompanion(
  cipher: FieldCipher,
  principal: Principal,
  row: Record<string, unknown> | undefined,
  now: Date,
): Promise<Order | undefined> {
  const order = row as OrderRow | undefined;
  if (!order?.id || !visibleTo(principal, order)) return undefined;
  return toOrder(order, now, cipher, viewOf(principal));
}

export function viewOf(principal: Principal): OrderView {
  return principal.role === 'buyer' ? 'buyer' : principal.role === 'seller' ? 'seller' : 'staff';
}

/** The order if the principal may see it; `undefined` both when it does not exist and when it is not theirs. */
export async function getVisibleOrder(
  db: Queryable,
  cipher: FieldCipher,
  principal: Principal,
  orderId: string,
  now: Date,
  options: { forUpdate?: boolean; view?: OrderView } = {},
): Promise<Order | undefined> {
  const scope = visibility(principal, 2);
  const { rows } = await db.query<OrderRow>(
    `${SELECT_ORDER} where o.id = $1 and ${scope.sql}${options.forUpdate ? ' for update of o' : ''}`,
    [orderId, ...scope.params],
  );
  return rows[0] && toOrder(rows[0], now, cipher, options.view ?? viewOf(principal));
}

interface Cursor {
  placedAt: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return btoa(JSON.stringify([cursor.placedAt, cursor.id])).replaceAll('=', '');
}

export function decodeCursor(value: string): Cursor | undefined {
  try {
    const parsed: unknown = JSON.parse(atob(value));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string'
    ) {
      // A forged cursor may decode to text the database cannot compare with (U+0000): not a cursor of ours.
      if (Number.isNaN(Date.parse(parsed[0])) || !isStorableText(parsed[1])) return undefined;
      return { placedAt: parsed[0], id: parsed[1] };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export async function listVisibleOrders(
  db: Queryable,
  cipher: FieldCipher,
  principal: Principal,
  query: {
    status?: OrderStatus | undefined;
    /** Part of the order number, matched without regard to case. */
    number?: string | undefined;
    limit: number;
    cursor?: Cursor | undefined;
  },
  now: Date,
): Promise<{ orders: Order[]; nextCursor: string | null }> {
  const scope = visibility(principal, 1);
  const params: unknown[] = [...scope.params];
  let where = scope.sql;
  if (query.status) {
    params.push(query.status);
    where += ` and o.status = $${params.length}`;
  }
  if (query.number) {
    // LIKE wildcards typed by the buyer are matched literally.
    params.push(`%${query.number.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
    where += ` and o.number ilike $${params.length}`;
  }
  if (query.cursor) {
    params.push(query.cursor.placedAt, query.cursor.id);
    where += ` and (o.placed_at, o.id) < ($${params.length - 1}::timestamptz, $${params.length})`;
  }
  params.push(query.limit + 1);
  const { rows } = await db.query<OrderRow>(
    `${SELECT_ORDER} where ${where} order by o.placed_at desc, o.id desc limit $${params.length}`,
    params,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    orders: await Promise.all(page.map((row) => toOrder(row, now, cipher, viewOf(principal)))),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ placedAt: iso(last.placed_at), id: last.id }) : null,
  };
}

export async function insertOrder(
  db: Queryable,
  cipher: FieldCipher,
  sellerId: SellerId,
  input: CreateOrderRequest & {
    id?: Order['id'];
    number?: string;
    status?: OrderStatus;
    placedAt?: Date;
    statusChangedAt?: Date;
  },
  now: Date,
): Promise<string> {
  const { lineTotals, amounts } = computeTotals(
    input.currency,
    input.line_items,
    input.shipping_amount,
    input.discount_amount,
  );
  const lineItems: LineItem[] = input.line_items.map((item, index) => ({
    id: newId('li'),
    title: item.title,
    variant: item.variant ?? null,
    sku: item.sku ?? null,
    image_url: item.image_url ?? null,
    quantity: item.quantity,
    unit_price: { amount: item.unit_amount, currency: input.currency },
    total: { amount: lineTotals[index]!, currency: input.currency },
  }));
  const id = input.id ?? newId('ord');
  const placedAt = (input.placedAt ?? now).toISOString();
  await db.query(
    `insert into orders (id, number, seller_id, buyer_id, creator_id, status, currency, line_items, amounts,
                         shipping_address, placed_at, status_changed_at, updated_at)
     values ($1, coalesce($2, 'TX-' || nextval('order_numbers')), $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      id,
      input.number ?? null,
      sellerId,
      input.buyer_id,
      input.creator_id ?? null,
      input.status ?? 'unpaid',
      input.currency,
      JSON.stringify(lineItems),
      JSON.stringify(amounts),
      input.shipping_address
        ? await cipher.encrypt(JSON.stringify(input.shipping_address), 'orders.shipping_address')
        : null,
      placedAt,
      (input.statusChangedAt ?? input.placedAt ?? now).toISOString(),
      now.toISOString(),
    ],
  );
  return id;
}

export async function updateOrderStatus(db: Queryable, orderId: string, status: OrderStatus, now: Date): Promise<void> {
  await db.query('update orders set status = $2, status_changed_at = $3, updated_at = $3 where id = $1', [
    orderId,
    status,
    now.toISOString(),
  ]);
}

/** Guest lookup: the order with this number whose buyer has this email, for this seller. */
export async function findOrderIdForGuest(
  db: Queryable,
  sellerId: SellerId,
  orderNumber: string,
  emailHash: string,
): Promise<{ id: Order['id']; buyer_id: BuyerId } | undefined> {
  const { rows } = await db.query<{ id: Order['id']; buyer_id: BuyerId }>(
    `select o.id, o.buyer_id from orders o join buyers b on b.id = o.buyer_id
     where o.seller_id = $1 and upper(o.number) = upper($2) and b.email_hash = $3`,
    [sellerId, orderNumber, emailHash],
  );
  return rows[0];
}
