import { ORDER_STATUSES, type Address, type LineItemInput } from '@txassist/contract';
import type { Database, Queryable } from '../db/database.js';
import { lockFor } from '../db/locks.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { insertBuyer } from '../store/buyers.js';
import { insertCreator } from '../store/creators.js';
import { insertOrder } from '../store/orders.js';
import { insertSeller } from '../store/sellers.js';
import { insertStaff } from '../store/staff.js';
import { addCarrierSecret, upsertCarrier } from '../store/carriers.js';
import { applyCarrierEvent, findShipmentByTracking, insertShipment } from '../store/shipments.js';
import { SIMULATED_CARRIER } from '../shipping/simulator.js';
import type { CarrierEvent, TrackingTag } from '@txassist/contract';
import { DEMO_FIXTURES, DEMO_KEYS, DEMO_STAFF } from './fixtures.js';
import { seedCheckoutDemo } from '../checkout/demo-seed.js';
import { seedDisputeDemo } from '../disputes/demo-seed.js';

const ADDRESS: Address = {
  name: 'Ada Lovelace',
  line1: '12 Market Street',
  city: 'London',
  postal_code: 'EC1A 1BB',
  country: 'GB',
};

const ITEMS: LineItemInput[][] = [
  [{ title: 'Glow Serum 30 ml', quantity: 1, unit_amount: 2400, sku: 'GS-30' }],
  [
    { title: 'Velvet Lip Tint', variant: 'Rose', quantity: 2, unit_amount: 1250, sku: 'LT-ROSE' },
    { title: 'Travel Pouch', quantity: 1, unit_amount: 800 },
  ],
  [{ title: 'Hydra Mist 100 ml', quantity: 3, unit_amount: 1599 }],
];

/**
 * Seeds the demo seller, buyers and one order per status. Safe to run on every start, and by
 * several processes starting at once: each part checks and inserts under the `demoSeed` lock, so
 * the first process seeds and the others, waiting, find it done.
 */
export async function seedDemo(db: Database, cipher: FieldCipher, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await lockFor(tx, 'demoSeed');
    const existing = await tx.query('select 1 from sellers where id = $1', [DEMO_FIXTURES.seller.id]);
    if (existing.rows.length > 0) return;
    await insertSeller(tx, {
      ...DEMO_FIXTURES.seller,
      secretKey: DEMO_KEYS.secretKey,
      publishableKey: DEMO_KEYS.publishableKey,
      isDemo: true,
    });
    await insertCreator(tx, DEMO_FIXTURES.creator);
    for (const buyer of DEMO_FIXTURES.buyers)
      await insertBuyer(tx, cipher, { ...buyer, seller_id: DEMO_FIXTURES.seller.id });
    for (const origin of DEMO_FIXTURES.origins) {
      await tx.query('insert into seller_origins (seller_id, origin) values ($1, $2) on conflict do nothing', [
        DEMO_FIXTURES.seller.id,
        origin,
      ]);
    }
    for (const staff of Object.values(DEMO_STAFF)) await insertStaff(tx, cipher, staff);
    await upsertCarrier(tx, SIMULATED_CARRIER);
    await addCarrierSecret(tx, cipher, SIMULATED_CARRIER.code, DEMO_FIXTURES.carrierSecret);
    const buyer = DEMO_FIXTURES.buyers[0].id;
    let index = 0;
    for (const status of ORDER_STATUSES) {
      await insertOrder(
        tx,
        cipher,
        DEMO_FIXTURES.seller.id,
        {
          id: DEMO_FIXTURES.orders[status],
          number: `TX-${1001 + index}`,
          status,
          buyer_id: buyer,
          currency: 'USD',
          line_items: ITEMS[index % ITEMS.length]!,
          shipping_amount: 499,
          discount_amount: index === 1 ? 300 : 0,
          creator_id: DEMO_FIXTURES.creator.id,
          shipping_address: ADDRESS,
          // Newest first in lists: the unpaid order is the most recent.
          placedAt: new Date(now.getTime() - (index + 1) * 3600_000),
          // Recent status changes keep the demo's cancel and return windows open.
          statusChangedAt: new Date(now.getTime() - 10 * 60_000),
        },
        now,
      );
      index++;
    }
    await seedShipments(tx, now);
    await insertOrder(
      tx,
      cipher,
      DEMO_FIXTURES.seller.id,
      {
        id: DEMO_FIXTURES.otherBuyerOrder.id,
        number: DEMO_FIXTURES.otherBuyerOrder.number,
        status: 'in_transit',
        buyer_id: DEMO_FIXTURES.buyers[1].id,
        currency: 'JPY',
        line_items: [{ title: 'Matcha Face Mask', quantity: 2, unit_amount: 1800 }],
        shipping_amount: 500,
        discount_amount: 0,
        placedAt: new Date(now.getTime() - 30 * 60_000),
      },
      now,
    );
  });
  await seedCheckoutDemo(db, cipher, now);
  await seedDisputeDemo(db, cipher, now);
}

const HOUR = 3600_000;

/** Each shipped demo order gets a parcel with a believable history (statuses unchanged). */
async function seedShipments(tx: Queryable, now: Date): Promise<void> {
  const plans: { status: keyof typeof DEMO_FIXTURES.shipments; history: [TrackingTag, string, string, number][] }[] = [
    { status: 'awaiting_collection', history: [['info_received', 'Shipping label created', 'Leeds', -2]] },
    {
      status: 'partially_shipped',
      history: [
        ['info_received', 'Shipping label created', 'Leeds', -30],
        ['in_transit', 'Parcel collected by the carrier', 'Leeds', -26],
      ],
    },
    {
      status: 'in_transit',
      history: [
        ['info_received', 'Shipping label created', 'Leeds', -40],
        ['in_transit', 'Parcel collected by the carrier', 'Leeds', -36],
        ['in_transit', 'Arrived at the sorting centre', 'Birmingham', -20],
      ],
    },
    {
      status: 'delivered',
      history: [
        ['info_received', 'Shipping label created', 'Leeds', -80],
        ['in_transit', 'Parcel collected by the carrier', 'Leeds', -76],
        ['out_for_delivery', 'Out for delivery', 'London', -3],
        ['delivered', 'Delivered to the front door', 'London', -1],
      ],
    },
    {
      status: 'completed',
      history: [
        ['info_received', 'Shipping label created', 'Leeds', -400],
        ['in_transit', 'Parcel collected by the carrier', 'Leeds', -396],
        ['delivered', 'Delivered to the front door', 'London', -380],
      ],
    },
  ];
  for (const plan of plans) {
    const fixture = DEMO_FIXTURES.shipments[plan.status];
    const { rows } = await tx.query<{ line_items: { id: string }[] }>('select line_items from orders where id = $1', [
      DEMO_FIXTURES.orders[plan.status],
    ]);
    const items = rows[0]!.line_items.map((item) => item.id);
    await insertShipment(
      tx,
      {
        id: fixture.id,
        orderId: DEMO_FIXTURES.orders[plan.status],
        carrier: SIMULATED_CARRIER.code,
        trackingNumber: fixture.tracking_number,
        lineItemIds: plan.status === 'partially_shipped' ? items.slice(0, 1) : items,
        estimate: {
          earliest: new Date(now.getTime() + 24 * HOUR).toISOString(),
          latest: new Date(now.getTime() + 72 * HOUR).toISOString(),
        },
      },
      new Date(now.getTime() + plan.history[0]![3] * HOUR),
    );
    let index = 0;
    for (const [tag, message, city, hours] of plan.history) {
      const shipment = (await findShipmentByTracking(tx, SIMULATED_CARRIER.code, fixture.tracking_number))!;
      const event: CarrierEvent = {
        id: `seed-${fixture.tracking_number}-${index++}`,
        tracking_number: fixture.tracking_number,
        tag,
        message,
        location: { city, region: null, country: 'GB' },
        occurred_at: new Date(now.getTime() + hours * HOUR).toISOString(),
      };
      await applyCarrierEvent(tx, shipment, event, now);
    }
  }
}
