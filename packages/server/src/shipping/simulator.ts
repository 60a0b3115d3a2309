import type { CarrierEvent, TrackingTag } from '@txassist/contract';
import { signWebhook } from '../security/webhook-signature.js';
import { DEMO_FIXTURES } from '../demo/fixtures.js';
import type { Services } from '../services.js';
import { activeCarrierSecrets } from '../store/carriers.js';
import { receiveCarrierEvent } from './carrier-ingest.js';

export const SIMULATED_CARRIER = { code: 'sim', name: 'Simulated Express' } as const;

const NEXT: Partial<Record<TrackingTag, { tag: TrackingTag; message: string; city: string }>> = {
  pending: { tag: 'info_received', message: 'Shipping label created; waiting for the parcel', city: 'Leeds' },
  info_received: { tag: 'in_transit', message: 'Parcel collected by the carrier', city: 'Leeds' },
  in_transit: { tag: 'out_for_delivery', message: 'Out for delivery with the local courier', city: 'London' },
  out_for_delivery: { tag: 'delivered', message: 'Delivered to the front door', city: 'London' },
};

/** The seeded demo parcels stay where the fixtures put them, so the demo keeps one order per status. */
const FIXTURE_SHIPMENT_IDS: string[] = Object.values(DEMO_FIXTURES.shipments).map((shipment) => shipment.id);

/**
 * A carrier that moves every `sim` shipment placed live (never a seeded fixture) one step forward per
 * tick, through the real webhook path (signed with the carrier's secret, verified, stored, processed).
 */
export async function advanceSimulatedShipments(services: Services): Promise<number> {
  const { db, cipher, config } = services;
  const secrets = await activeCarrierSecrets(db, cipher, SIMULATED_CARRIER.code);
  if (!secrets?.length) return 0;
  const { rows } = await db.query<{ tracking_number: string; tag: TrackingTag }>(
    `select tracking_number, tag from shipments
      where carrier = $1 and tag not in ('delivered', 'expired') and not (id = any($2::text[]))
      order by created_at limit 50`,
    [SIMULATED_CARRIER.code, FIXTURE_SHIPMENT_IDS],
  );
  let moved = 0;
  for (const row of rows) {
    const next = NEXT[row.tag];
    if (!next) continue;
    const now = config.now();
    const event: CarrierEvent = {
      id: `sim-${row.tracking_number}-${next.tag}`,
      tracking_number: row.tracking_number,
      tag: next.tag,
      message: next.message,
      location: { city: next.city, region: null, country: 'GB' },
      occurred_at: now.toISOString(),
      ...(next.tag === 'info_received'
        ? {
            estimated_delivery: {
              earliest: new Date(now.getTime() + 86_400_000).toISOString(),
              latest: new Date(now.getTime() + 3 * 86_400_000).toISOString(),
            },
          }
        : {}),
    };
    const body = JSON.stringify(event);
    const signature = await signWebhook(body, [secrets[0]!], Math.floor(now.getTime() / 1000));
    await receiveCarrierEvent(services, SIMULATED_CARRIER.code, body, signature);
    moved++;
  }
  return moved;
}
