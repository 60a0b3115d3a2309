import {
  newId,
  type Address,
  type Checkout,
  type CreateCheckoutRequest,
  type FieldError,
  type PlaceOrderRequest,
  type UpdateCheckoutRequest,
} from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem.js';
import type { Services } from '../services.js';
import { listSavedAddresses, saveAddress } from '../store/addresses.js';
import { findCheckout, insertCheckout, saveCheckout, type CheckoutRecord } from '../store/checkout.js';
import { insertOrder } from '../store/orders.js';
import { findIntent, insertIntent, type IntentRecord } from '../store/payments.js';
import { confirmIntent, type PaymentContext } from '../payments/confirm.js';
import { publishOrder } from '../payments/order-sync.js';
import { checkAddress } from './address-check.js';
import { priceItems } from './cart.js';
import { discountBpsFor, priceCart } from './pricing.js';
import { toCheckout } from './view.js';

export const CHECKOUT_TTL_MS = 24 * 3600_000;

export interface BuyerScope {
  sellerId: `sel_${string}`;
  buyerId: `byr_${string}`;
}

function checkDiscount(code: string | null | undefined, errors: FieldError[]): void {
  if (code !== undefined && code !== null && discountBpsFor(code) === undefined)
    errors.push({
      path: 'discount_code',
      code: 'discount_code_unknown',
      message: 'This code is not valid; check it or remove it.',
    });
}

function refuseIfInvalid(errors: FieldError[]): void {
  if (errors.length > 0)
    throw new ProblemError('validation_failed', 'Correct the highlighted fields and try again.', { errors });
}

export async function createCheckout(
  services: Services,
  scope: BuyerScope,
  body: CreateCheckoutRequest,
  now: Date,
): Promise<Checkout> {
  return services.db.transaction(async (tx) => {
    const errors: FieldError[] = [];
    checkDiscount(body.discount_code, errors);
    refuseIfInvalid(errors);
    const { currency, items } = await priceItems(tx, scope.sellerId, body.items);
    // The buyer's default address, if any, starts filled in.
    const saved = await listSavedAddresses(tx, services.cipher, scope.buyerId);
    const id = newId('cko');
    await insertCheckout(
      tx,
      {
        id,
        seller_id: scope.sellerId,
        buyer_id: scope.buyerId,
        currency,
        items,
        discount_code: body.discount_code?.toUpperCase() ?? null,
        shipping_address: saved.find((entry) => entry.is_default)?.address ?? null,
      },
      services.cipher,
      now,
      CHECKOUT_TTL_MS,
    );
    const record = (await findCheckout(tx, services.cipher, scope, id))!;
    return toCheckout(tx, services.cipher, record, now, 'buyer');
  });
}

async function openCheckout(
  tx: Queryable,
  services: Services,
  scope: BuyerScope,
  id: string,
  now: Date,
): Promise<CheckoutRecord> {
  const record = await findCheckout(tx, services.cipher, scope, id, true);
  if (!record) throw new ProblemError('not_found', 'Check the checkout id, or start a new checkout.');
  if (record.status !== 'open' || new Date(record.expires_at).getTime() <= now.getTime())
    throw new ProblemError(
      'checkout_closed',
      record.status === 'placed' ? 'This order was placed already.' : 'Start a new checkout.',
    );
  return record;
}

export async function updateCheckout(
  services: Services,
  scope: BuyerScope,
  id: string,
  body: UpdateCheckoutRequest,
  now: Date,
): Promise<Checkout> {
  return services.db.transaction(async (tx) => {
    const record = await openCheckout(tx, services, scope, id, now);
    const errors: FieldError[] = [];
    checkDiscount(body.discount_code, errors);
    let shipping: Address | undefined;
    if (body.saved_address_id !== undefined) {
      const saved = (await listSavedAddresses(tx, services.cipher, scope.buyerId)).find(
        (entry) => entry.id === body.saved_address_id,
      );
      if (!saved)
        errors.push({
          path: 'saved_address_id',
          code: 'not_found',
          message: 'That saved address is not in your address book.',
        });
      else shipping = saved.address;
    } else if (body.shipping_address !== undefined) {
      const checked = checkAddress(body.shipping_address, 'shipping_address');
      errors.push(...checked.errors);
      shipping = checked.address;
    }
    let billing: Address | null | undefined;
    if (body.billing_address !== undefined && body.billing_address !== null) {
      const checked = checkAddress(body.billing_address, 'billing_address');
      errors.push(...checked.errors);
      billing = checked.address;
    } else billing = body.billing_address;
    refuseIfInvalid(errors);

    if (body.items !== undefined) {
      const priced = await priceItems(tx, scope.sellerId, body.items);
      if (priced.currency !== record.currency)
        throw new ProblemError('validation_failed', 'Keep the cart in one currency.', {
          errors: [{ path: 'items', code: 'currency_mismatch', message: `This checkout is in ${record.currency}.` }],
        });
      record.items = priced.items;
    } else {
      // Prices come from the catalog at every change, not from the earlier snapshot.
      record.items = (
        await priceItems(
          tx,
          scope.sellerId,
          record.items.map((item) => ({ product_id: item.product_id as `prd_${string}`, quantity: item.quantity })),
        )
      ).items;
    }
    if (shipping) record.shipping_address = shipping;
    if (shipping && body.save_address && body.saved_address_id === undefined) {
      const existing = await listSavedAddresses(tx, services.cipher, scope.buyerId);
      await saveAddress(tx, services.cipher, scope.buyerId, shipping, now, { isDefault: existing.length === 0 });
    }
    if (body.billing_same_as_shipping !== undefined) record.billing_same_as_shipping = body.billing_same_as_shipping;
    if (billing !== undefined) record.billing_address = billing;
    if (body.shipping_option_id !== undefined) record.shipping_option = body.shipping_option_id;
    if (body.discount_code !== undefined) record.discount_code = body.discount_code?.toUpperCase() ?? null;
    await saveCheckout(tx, services.cipher, record, now);
    const saved = (await findCheckout(tx, services.cipher, scope, id))!;
    return toCheckout(tx, services.cipher, saved, now, 'buyer');
  });
}

export async function getCheckout(
  services: Services,
  scope: { sellerId: `sel_${string}`; buyerId?: `byr_${string}` },
  id: string,
  now: Date,
): Promise<Checkout> {
  const record = await findCheckout(services.db, services.cipher, scope, id);
  if (!record) throw new ProblemError('not_found', 'Check the checkout id, or start a new checkout.');
  return toCheckout(services.db, services.cipher, record, now, scope.buyerId ? 'buyer' : 'seller');
}

/** Creates the order (unpaid) and its intent from the checkout, with the server's totals. */
async function createOrderAndIntent(
  tx: Queryable,
  services: Services,
  record: CheckoutRecord,
  now: Date,
): Promise<IntentRecord['id']> {
  const priced = priceCart({
    currency: record.currency,
    lines: record.items,
    shippingOption: record.shipping_option,
    discountCode: record.discount_code,
    country: record.shipping_address?.country,
  });
  const orderId = (await insertOrder(
    tx,
    services.cipher,
    record.seller_id,
    {
      buyer_id: record.buyer_id,
      currency: record.currency,
      line_items: record.items.map((item) => ({
        title: item.title,
        ...(item.variant ? { variant: item.variant } : {}),
        ...(item.image_url ? { image_url: item.image_url } : {}),
        quantity: item.quantity,
        unit_amount: item.unit_amount,
      })),
      shipping_amount: priced.amounts.shipping.amount,
      discount_amount: priced.amounts.discount.amount,
      ...(record.shipping_address ? { shipping_address: record.shipping_address } : {}),
    },
    now,
  )) as `ord_${string}`;
  // The order store does not model tax yet: the checkout's breakdown (with tax) is the order's.
  await tx.query('update orders set amounts = $2 where id = $1', [orderId, JSON.stringify(priced.amounts)]);
  await publishOrder(tx, services.cipher, 'order.created', orderId, now);
  const intentId = newId('pi');
  await insertIntent(
    tx,
    {
      id: intentId,
      seller_id: record.seller_id,
      buyer_id: record.buyer_id,
      order_id: orderId,
      checkout_id: record.id,
      amount: priced.amounts.total.amount,
      currency: record.currency,
    },
    now,
  );
  record.status = 'placed';
  record.order_id = orderId;
  record.payment_intent_id = intentId;
  await saveCheckout(tx, services.cipher, record, now);
  return intentId;
}

/**
 * Place: the first call creates the order and intent; later calls (another method after a decline)
 * confirm the same intent. Runs in the caller's transaction with the checkout row locked.
 */
export async function placeOrder(
  ctx: PaymentContext,
  scope: BuyerScope,
  id: string,
  body: PlaceOrderRequest,
): Promise<IntentRecord> {
  const { tx, services, now } = ctx;
  const record = await findCheckout(tx, services.cipher, scope, id, true);
  if (!record) throw new ProblemError('not_found', 'Check the checkout id, or start a new checkout.');
  let intentId = record.payment_intent_id;
  if (!intentId) {
    if (record.status !== 'open' || new Date(record.expires_at).getTime() <= now.getTime())
      throw new ProblemError('checkout_closed', 'Start a new checkout.');
    if (!record.shipping_address)
      throw new ProblemError('validation_failed', 'Add a shipping address first.', {
        errors: [{ path: 'shipping_address', code: 'required', message: 'Enter where to send the order' }],
      });
    if (!record.billing_same_as_shipping && !record.billing_address)
      throw new ProblemError('validation_failed', 'Add a billing address, or use the shipping address.', {
        errors: [{ path: 'billing_address', code: 'required', message: 'Enter the billing address' }],
      });
    intentId = await createOrderAndIntent(tx, services, record, now);
  }
  const intent = (await findIntent(tx, { role: 'buyer', ...scope }, intentId, true))!;
  await confirmIntent(ctx, intent, body);
  return intent;
}
