import type { CartItemInput, CurrencyCode, FieldError, SellerId } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem.js';
import type { StoredItem } from '../store/checkout.js';
import { findProducts } from '../store/products.js';

/**
 * Turns product ids and quantities into priced items from the seller's catalog. Whatever the page
 * sent besides id and quantity was already dropped by the schema. Same product twice: merged.
 */
export async function priceItems(
  db: Queryable,
  sellerId: SellerId,
  items: readonly CartItemInput[],
  path = 'items',
): Promise<{ currency: CurrencyCode; items: StoredItem[] }> {
  const products = await findProducts(
    db,
    sellerId,
    items.map((item) => item.product_id),
  );
  const errors: FieldError[] = [];
  const merged = new Map<string, StoredItem>();
  let currency: CurrencyCode | undefined;
  items.forEach((item, index) => {
    const product = products.get(item.product_id);
    if (!product || !product.available) {
      errors.push({
        path: `${path}.${index}.product_id`,
        code: 'product_unavailable',
        message: 'This product is not available; remove it from the cart.',
      });
      return;
    }
    currency ??= product.price.currency;
    if (product.price.currency !== currency) {
      errors.push({
        path: `${path}.${index}.product_id`,
        code: 'currency_mismatch',
        message: `One cart holds one currency (${currency}); buy this product separately.`,
      });
      return;
    }
    const existing = merged.get(product.id);
    const quantity = (existing?.quantity ?? 0) + item.quantity;
    if (quantity > 99) {
      errors.push({
        path: `${path}.${index}.quantity`,
        code: 'too_big',
        message: 'At most 99 of one product per order.',
      });
      return;
    }
    merged.set(product.id, {
      product_id: product.id,
      title: product.title,
      variant: product.variant,
      image_url: product.image_url,
      quantity,
      unit_amount: product.price.amount,
    });
  });
  if (errors.length > 0) {
    const unavailable = errors.every((error) => error.code === 'product_unavailable');
    throw new ProblemError(unavailable ? 'product_unavailable' : 'validation_failed', 'Check the highlighted items.', {
      errors,
    });
  }
  return { currency: currency!, items: [...merged.values()] };
}
