import type { Address, BuyerId, CheckoutItem, CurrencyCode, SellerId, ShippingOptionId } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { iso } from './rows.js';

/** Items as stored: the catalog snapshot of the last change (prices are re-read at every change). */
export type StoredItem = Omit<CheckoutItem, 'total' | 'unit_price'> & { unit_amount: number };

export interface CheckoutRecord {
  id: `cko_${string}`;
  seller_id: SellerId;
  seller_name: string;
  buyer_id: BuyerId;
  status: 'open' | 'placed' | 'expired';
  currency: CurrencyCode;
  items: StoredItem[];
  discount_code: string | null;
  shipping_address: Address | null;
  billing_same_as_shipping: boolean;
  billing_address: Address | null;
  shipping_option: ShippingOptionId;
  order_id: `ord_${string}` | null;
  order_number: string | null;
  payment_intent_id: string | null;
  expires_at: string;
  created_at: string;
  updated_at: string;
}

interface Row extends Omit<
  CheckoutRecord,
  'shipping_address' | 'billing_address' | 'expires_at' | 'created_at' | 'updated_at'
> {
  shipping_address: string | null;
  billing_address: string | null;
  expires_at: Date;
  created_at: Date;
  updated_at: Date;
}

const SHIPPING = 'checkouts.shipping_address';
const BILLING = 'checkouts.billing_address';

async function decryptAddress(cipher: FieldCipher, value: string | null, field: string): Promise<Address | null> {
  return value === null ? null : (JSON.parse(await cipher.decrypt(value, field)) as Address);
}

/** The buyer's own checkout (another buyer's is "not found"), optionally locked for update. */
export async function findCheckout(
  db: Queryable,
  cipher: FieldCipher,
  scope: { sellerId: SellerId; buyerId?: BuyerId },
  id: string,
  forUpdate = false,
): Promise<CheckoutRecord | undefined> {
  const params: unknown[] = [id, scope.sellerId];
  if (scope.buyerId) params.push(scope.buyerId);
  const { rows } = await db.query<Row>(
    `select k.*, s.name as seller_name, o.number as order_number from checkouts k
     join sellers s on s.id = k.seller_id left join orders o on o.id = k.order_id
     where k.id = $1 and k.seller_id = $2 ${scope.buyerId ? 'and k.buyer_id = $3' : ''}${forUpdate ? ' for update of k' : ''}`,
    params,
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    ...row,
    shipping_address: await decryptAddress(cipher, row.shipping_address, SHIPPING),
    billing_address: await decryptAddress(cipher, row.billing_address, BILLING),
    expires_at: iso(row.expires_at),
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
  };
}

export async function insertCheckout(
  db: Queryable,
  checkout: Pick<
    CheckoutRecord,
    'id' | 'seller_id' | 'buyer_id' | 'currency' | 'items' | 'discount_code' | 'shipping_address'
  >,
  cipher: FieldCipher,
  now: Date,
  ttlMs: number,
): Promise<void> {
  await db.query(
    `insert into checkouts (id, seller_id, buyer_id, status, currency, items, discount_code, shipping_address,
                            expires_at, created_at, updated_at)
     values ($1, $2, $3, 'open', $4, $5, $6, $7, $8, $9, $9)`,
    [
      checkout.id,
      checkout.seller_id,
      checkout.buyer_id,
      checkout.currency,
      JSON.stringify(checkout.items),
      checkout.discount_code,
      checkout.shipping_address ? await cipher.encrypt(JSON.stringify(checkout.shipping_address), SHIPPING) : null,
      new Date(now.getTime() + ttlMs).toISOString(),
      now.toISOString(),
    ],
  );
}

export async function saveCheckout(
  db: Queryable,
  cipher: FieldCipher,
  checkout: CheckoutRecord,
  now: Date,
): Promise<void> {
  await db.query(
    `update checkouts set status = $2, items = $3, discount_code = $4, shipping_address = $5,
       billing_same_as_shipping = $6, billing_address = $7, shipping_option = $8, order_id = $9,
       payment_intent_id = $10, updated_at = $11
     where id = $1`,
    [
      checkout.id,
      checkout.status,
      JSON.stringify(checkout.items),
      checkout.discount_code,
      checkout.shipping_address ? await cipher.encrypt(JSON.stringify(checkout.shipping_address), SHIPPING) : null,
      checkout.billing_same_as_shipping,
      checkout.billing_address ? await cipher.encrypt(JSON.stringify(checkout.billing_address), BILLING) : null,
      checkout.shipping_option,
      checkout.order_id,
      checkout.payment_intent_id,
      now.toISOString(),
    ],
  );
}
