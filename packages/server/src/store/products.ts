import { newId, type CurrencyCode, type Product, type SellerId } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { num } from './rows.js';

interface ProductRow {
  id: Product['id'];
  title: string;
  variant: string | null;
  sku: string | null;
  image_url: string | null;
  currency: CurrencyCode;
  unit_amount: unknown;
  available: boolean;
}

function toProduct(row: ProductRow): Product {
  return {
    object: 'product',
    id: row.id,
    title: row.title,
    variant: row.variant,
    sku: row.sku,
    image_url: row.image_url,
    price: { amount: num(row.unit_amount), currency: row.currency },
    available: row.available,
  };
}

export async function listProducts(db: Queryable, sellerId: SellerId): Promise<Product[]> {
  const { rows } = await db.query<ProductRow>('select * from products where seller_id = $1 order by created_at, id', [
    sellerId,
  ]);
  return rows.map(toProduct);
}

/** The seller's products with these ids (others' products are simply not found). */
export async function findProducts(
  db: Queryable,
  sellerId: SellerId,
  ids: readonly string[],
): Promise<Map<string, Product>> {
  const { rows } = await db.query<ProductRow>('select * from products where seller_id = $1 and id = any($2)', [
    sellerId,
    [...ids],
  ]);
  return new Map(rows.map((row) => [row.id, toProduct(row)]));
}

export async function insertProduct(
  db: Queryable,
  sellerId: SellerId,
  product: {
    id?: Product['id'];
    title: string;
    variant?: string | null;
    sku?: string | null;
    image_url?: string | null;
    currency: CurrencyCode;
    unit_amount: number;
    available?: boolean;
  },
  now: Date,
): Promise<Product['id']> {
  const id = product.id ?? newId('prd');
  await db.query(
    `insert into products (id, seller_id, title, variant, sku, image_url, currency, unit_amount, available, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict (id) do nothing`,
    [
      id,
      sellerId,
      product.title,
      product.variant ?? null,
      product.sku ?? null,
      product.image_url ?? null,
      product.currency,
      product.unit_amount,
      product.available ?? true,
      now.toISOString(),
    ],
  );
  return id;
}

export async function sellerAllowsCashOnDelivery(db: Queryable, sellerId: SellerId): Promise<boolean> {
  const { rows } = await db.query<{ cash_on_delivery: boolean }>(
    'select cash_on_delivery from seller_payment_settings where seller_id = $1',
    [sellerId],
  );
  return rows[0]?.cash_on_delivery ?? false;
}

export async function setSellerPaymentSettings(
  db: Queryable,
  sellerId: SellerId,
  settings: { cashOnDelivery: boolean },
): Promise<void> {
  await db.query(
    `insert into seller_payment_settings (seller_id, cash_on_delivery) values ($1, $2)
     on conflict (seller_id) do update set cash_on_delivery = excluded.cash_on_delivery`,
    [sellerId, settings.cashOnDelivery],
  );
}
