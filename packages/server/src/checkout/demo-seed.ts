import type { Address } from '@txassist/contract';
import type { Database } from '../db/database.js';
import { lockFor } from '../db/locks.js';
import { DEMO_FIXTURES } from '../demo/fixtures.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { saveAddress } from '../store/addresses.js';
import { saveCard } from '../store/payments.js';
import { insertProduct, setSellerPaymentSettings } from '../store/products.js';

/** The demo seller's catalog (USD), so a storefront can build a cart by product id and quantity. */
export const DEMO_PRODUCTS = [
  { id: 'prd_demoGlowSerum30', title: 'Glow Serum 30 ml', sku: 'GS-30', unit_amount: 2400 },
  { id: 'prd_demoLipTintRose', title: 'Velvet Lip Tint', variant: 'Rose', sku: 'LT-ROSE', unit_amount: 1250 },
  { id: 'prd_demoTravelPouch', title: 'Travel Pouch', sku: 'TP-01', unit_amount: 800 },
  { id: 'prd_demoHydraMist100', title: 'Hydra Mist 100 ml', sku: 'HM-100', unit_amount: 1599 },
  { id: 'prd_demoGlowKitDeluxe', title: 'Glow Kit Deluxe', sku: 'GK-DLX', unit_amount: 64900 },
  { id: 'prd_demoSoldOutBalm', title: 'Cloud Balm', sku: 'CB-01', unit_amount: 1100, available: false },
] as const;

/** Buyer 1's saved card (from test card 4242…: only brand, last4, expiry and a fingerprint are kept). */
export const DEMO_SAVED_CARD = {
  id: 'pm_demoVisa4242',
  brand: 'visa',
  last4: '4242',
  exp_month: 12,
  exp_year: 2030,
} as const;
export const DEMO_SAVED_ADDRESS_ID = 'adr_demoHomeAddress';

const HOME: Address = {
  name: 'Ada Lovelace',
  line1: '12 Market Street',
  city: 'London',
  postal_code: 'EC1A 1BB',
  country: 'GB',
};

/** Idempotent (every insert is "on conflict do nothing"), so it also fills databases seeded before 0005. */
export async function seedCheckoutDemo(db: Database, cipher: FieldCipher, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    // Checks, then inserts: serialised with other starting processes (see seedDemo).
    await lockFor(tx, 'demoSeed');
    const seller = DEMO_FIXTURES.seller.id;
    await setSellerPaymentSettings(tx, seller, { cashOnDelivery: true });
    // One millisecond apart, so the catalog lists in this order.
    for (const [index, product] of DEMO_PRODUCTS.entries())
      await insertProduct(tx, seller, { ...product, currency: 'USD' }, new Date(now.getTime() + index));
    const buyer = DEMO_FIXTURES.buyers[0].id;
    const { rows } = await tx.query('select 1 from saved_cards where id = $1', [DEMO_SAVED_CARD.id]);
    if (rows.length === 0) {
      await saveCard(
        tx,
        {
          ...DEMO_SAVED_CARD,
          buyer_id: buyer,
          seller_id: seller,
          fingerprint: await cipher.blindIndex('demo-saved-card', 'card'),
          gateway_ref: 'tgw_success',
        },
        now,
      );
    }
    await saveAddress(tx, cipher, buyer, HOME, now, { id: DEMO_SAVED_ADDRESS_ID, isDefault: true });
  });
}
