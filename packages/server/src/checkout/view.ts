import type { Checkout, PaymentMethodType } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { listSavedAddresses } from '../store/addresses.js';
import type { CheckoutRecord } from '../store/checkout.js';
import { listSavedCards } from '../store/payments.js';
import { sellerAllowsCashOnDelivery } from '../store/products.js';
import { priceCart } from './pricing.js';

/** The API view of a checkout: totals recomputed from the stored catalog snapshot every time. */
export async function toCheckout(
  db: Queryable,
  cipher: FieldCipher,
  record: CheckoutRecord,
  now: Date,
  audience: 'buyer' | 'seller',
): Promise<Checkout> {
  const priced = priceCart({
    currency: record.currency,
    lines: record.items,
    shippingOption: record.shipping_option,
    discountCode: record.discount_code,
    country: record.shipping_address?.country,
  });
  const savedCards = audience === 'buyer' ? await listSavedCards(db, record.buyer_id, now) : [];
  const savedAddresses = audience === 'buyer' ? await listSavedAddresses(db, cipher, record.buyer_id) : [];
  const types: PaymentMethodType[] = ['card'];
  if (savedCards.some((card) => !card.expired)) types.push('saved_card');
  if (await sellerAllowsCashOnDelivery(db, record.seller_id)) types.push('cash_on_delivery');
  types.push('wallet');
  const expired = record.status === 'open' && new Date(record.expires_at).getTime() <= now.getTime();
  return {
    object: 'checkout',
    id: record.id,
    status: expired ? 'expired' : record.status,
    seller: { id: record.seller_id, name: record.seller_name },
    currency: record.currency,
    items: record.items.map((item, index) => ({
      product_id: item.product_id,
      title: item.title,
      variant: item.variant,
      image_url: item.image_url,
      quantity: item.quantity,
      unit_price: { amount: item.unit_amount, currency: record.currency },
      total: { amount: priced.lineTotals[index]!, currency: record.currency },
    })),
    amounts: priced.amounts,
    tax_rate_bps: priced.taxRateBps,
    discount_code: record.discount_code,
    shipping_address: record.shipping_address,
    billing_same_as_shipping: record.billing_same_as_shipping,
    billing_address: record.billing_same_as_shipping ? record.shipping_address : record.billing_address,
    shipping_options: priced.options,
    shipping_option_id: record.shipping_option,
    payment_method_types: types,
    saved_cards: savedCards,
    saved_addresses: savedAddresses,
    order_id: record.order_id,
    order_number: record.order_number,
    payment_intent_id: record.payment_intent_id,
    expires_at: record.expires_at,
    created_at: record.created_at,
    updated_at: record.updated_at,
  };
}
