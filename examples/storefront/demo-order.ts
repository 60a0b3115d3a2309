/**
 * Demo only: what a seller's back office does when an order comes in and leaves the warehouse,
 * done with the seller's secret key against the Transaction API. The parcel goes to the simulated
 * carrier (`sim`), which the API moves one step every few seconds through its signed webhook path,
 * so a tracker on the page moves live and the buyer gets an email (and SMS, if they opted in) when
 * it ships.
 */
import { randomBytes } from 'node:crypto';
import { createServerClient } from '@txassist/sdk/server';

export interface DemoOrderOptions {
  apiBase: string;
  secretKey: string;
  buyerId: string;
}

export interface DemoOrder {
  id: string;
  number: string;
}

const PRODUCTS = [
  { title: 'Glow Serum 30 ml', unit_amount: 2400, sku: 'GS-30' },
  { title: 'Velvet Lip Tint', variant: 'Coral', unit_amount: 1250, sku: 'LT-CORAL' },
  { title: 'Hydra Mist 100 ml', unit_amount: 1599, sku: 'HM-100' },
] as const;

const sellerClient = (options: DemoOrderOptions) =>
  createServerClient({ apiBase: options.apiBase, secretKey: options.secretKey });

/** Creates an order for the buyer, confirms it and hands it to the simulated carrier. */
export async function placeDemoOrder(options: DemoOrderOptions): Promise<DemoOrder> {
  const seller = sellerClient(options);
  const run = randomBytes(6).toString('hex');
  const product = PRODUCTS[Math.floor(Math.random() * PRODUCTS.length)]!;
  const order = await seller.orders.create(
    {
      buyer_id: options.buyerId as `byr_${string}`,
      currency: 'USD',
      line_items: [{ ...product, quantity: 1 }],
      shipping_amount: 399,
    },
    { idempotencyKey: `demo-order-${run}` },
  );
  await seller.orders.updateStatus(
    order.id,
    { status: 'awaiting_shipment' },
    { idempotencyKey: `demo-confirm-${run}` },
  );
  await seller.shipments.create(
    order.id,
    { carrier: 'sim', tracking_number: `SIMDEMO${run.toUpperCase()}` },
    { idempotencyKey: `demo-ship-${run}` },
  );
  return { id: order.id, number: order.number };
}

/** A buyer session token, minted the way the storefront back end does it. */
export async function demoBuyerToken(options: DemoOrderOptions): Promise<string> {
  const session = await sellerClient(options).sessions.create({ buyer: { id: options.buyerId as `byr_${string}` } });
  return session.token;
}

/**
 * Demo only: opts the demo buyer into text messages (consent + per-kind preferences), as they
 * would in the privacy centre, so the capture page shows SMS next to the emails.
 */
export async function optInToSms(options: DemoOrderOptions): Promise<void> {
  const buyerToken = await demoBuyerToken(options);
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${options.apiBase}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${buyerToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST ${path} answered ${response.status}`);
  };
  await post('/v1/me/consents', { purpose: 'notifications_sms', granted: true, source: 'api' });
  await post('/v1/me/notification-preferences', {
    preferences: [
      { kind: 'order_updates', channel: 'sms', enabled: true },
      { kind: 'delivery_problems', channel: 'sms', enabled: true },
    ],
  });
}
