import {
  newId,
  TRACKING_TAG_RANK,
  type CarrierEvent,
  type Checkpoint,
  type DeliveryWindow,
  type Shipment,
  type TrackingTag,
} from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { iso } from './rows.js';

interface ShipmentRow {
  id: Shipment['id'];
  order_id: Shipment['order_id'];
  carrier: string;
  carrier_name: string;
  tracking_number: string;
  tag: TrackingTag;
  subtag: string | null;
  tag_occurred_at: Date | null;
  line_item_ids: Shipment['line_item_ids'];
  estimated_earliest: Date | null;
  estimated_latest: Date | null;
  estimate_revised: boolean;
  delivered_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

interface CheckpointRow {
  id: Checkpoint['id'];
  shipment_id: string;
  tag: TrackingTag;
  subtag: string | null;
  message: string;
  location: Checkpoint['location'];
  occurred_at: Date;
}

const SELECT = `select s.*, c.name as carrier_name from shipments s join carriers c on c.code = s.carrier`;

function toShipment(row: ShipmentRow, checkpoints: CheckpointRow[], now: Date): Shipment {
  const latest = row.estimated_latest ? new Date(row.estimated_latest) : null;
  return {
    object: 'shipment',
    id: row.id,
    order_id: row.order_id,
    carrier: { code: row.carrier, name: row.carrier_name },
    tracking_number: row.tracking_number,
    tag: row.tag,
    subtag: row.subtag,
    line_item_ids: row.line_item_ids,
    estimated_delivery:
      row.estimated_earliest && row.estimated_latest
        ? { earliest: iso(row.estimated_earliest), latest: iso(row.estimated_latest) }
        : null,
    estimate_revised: row.estimate_revised,
    late: row.tag !== 'delivered' && latest !== null && latest.getTime() < now.getTime(),
    delivered_at: row.delivered_at ? iso(row.delivered_at) : null,
    checkpoints: checkpoints.map((checkpoint) => ({
      id: checkpoint.id,
      tag: checkpoint.tag,
      subtag: checkpoint.subtag,
      message: checkpoint.message,
      location: checkpoint.location,
      occurred_at: iso(checkpoint.occurred_at),
    })),
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
  };
}

export async function listShipments(db: Queryable, orderId: string, now: Date): Promise<Shipment[]> {
  const { rows } = await db.query<ShipmentRow>(`${SELECT} where s.order_id = $1 order by s.created_at, s.id`, [
    orderId,
  ]);
  if (rows.length === 0) return [];
  const { rows: checkpoints } = await db.query<CheckpointRow>(
    `select * from checkpoints where shipment_id = any($1) order by occurred_at desc, id desc`,
    [rows.map((row) => row.id)],
  );
  return rows.map((row) =>
    toShipment(
      row,
      checkpoints.filter((c) => c.shipment_id === row.id),
      now,
    ),
  );
}

export async function getShipment(db: Queryable, shipmentId: string, now: Date): Promise<Shipment> {
  const { rows } = await db.query<ShipmentRow>(`${SELECT} where s.id = $1`, [shipmentId]);
  const { rows: checkpoints } = await db.query<CheckpointRow>(
    'select * from checkpoints where shipment_id = $1 order by occurred_at desc, id desc',
    [shipmentId],
  );
  return toShipment(rows[0]!, checkpoints, now);
}

export async function findShipmentByTracking(
  db: Queryable,
  carrier: string,
  trackingNumber: string,
): Promise<
  | { id: string; order_id: string; tag: TrackingTag; tag_occurred_at: Date | null; estimated_latest: Date | null }
  | undefined
> {
  const { rows } = await db.query<{
    id: string;
    order_id: string;
    tag: TrackingTag;
    tag_occurred_at: Date | null;
    estimated_latest: Date | null;
  }>(
    'select id, order_id, tag, tag_occurred_at, estimated_latest from shipments where carrier = $1 and tracking_number = $2 for update',
    [carrier, trackingNumber],
  );
  return rows[0];
}

export async function insertShipment(
  db: Queryable,
  input: {
    orderId: string;
    carrier: string;
    trackingNumber: string;
    lineItemIds: string[];
    estimate?: DeliveryWindow | undefined;
    id?: string;
  },
  now: Date,
): Promise<string> {
  const id = input.id ?? newId('shp');
  await db.query(
    `insert into shipments (id, order_id, carrier, tracking_number, tag, line_item_ids, estimated_earliest, estimated_latest, created_at, updated_at)
     values ($1, $2, $3, $4, 'pending', $5, $6, $7, $8, $8)`,
    [
      id,
      input.orderId,
      input.carrier,
      input.trackingNumber,
      JSON.stringify(input.lineItemIds),
      input.estimate?.earliest ?? null,
      input.estimate?.latest ?? null,
      now.toISOString(),
    ],
  );
  return id;
}

/**
 * Records a carrier event on a shipment: the checkpoint always joins the history; the status moves
 * only forward (a late `in_transit` never overrides `delivered`); a new estimate marks it revised.
 * Returns whether the shipment's status changed.
 */
export async function applyCarrierEvent(
  db: Queryable,
  shipment: { id: string; tag: TrackingTag; tag_occurred_at: Date | null; estimated_latest: Date | null },
  event: CarrierEvent,
  now: Date,
): Promise<{ statusChanged: boolean }> {
  await db.query(
    `insert into checkpoints (id, shipment_id, carrier_event_id, tag, subtag, message, location, occurred_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      newId('chk'),
      shipment.id,
      event.id,
      event.tag,
      event.subtag ?? null,
      event.message,
      event.location ? JSON.stringify(event.location) : null,
      event.occurred_at,
    ],
  );
  const currentRank = TRACKING_TAG_RANK[shipment.tag];
  const newRank = TRACKING_TAG_RANK[event.tag];
  const newer =
    !shipment.tag_occurred_at || Date.parse(event.occurred_at) >= new Date(shipment.tag_occurred_at).getTime();
  const advances = shipment.tag !== 'delivered' && (newRank > currentRank || (newRank === currentRank && newer));
  const estimateChanged =
    event.estimated_delivery !== undefined &&
    (!shipment.estimated_latest ||
      Date.parse(event.estimated_delivery.latest) !== new Date(shipment.estimated_latest).getTime());
  await db.query(
    `update shipments set
       tag = case when $2 then $3 else tag end,
       subtag = case when $2 then $4 else subtag end,
       tag_occurred_at = case when $2 then $5::timestamptz else tag_occurred_at end,
       delivered_at = case when $2 and $3 = 'delivered' then $5::timestamptz else delivered_at end,
       estimated_earliest = case when $6 then $7::timestamptz else estimated_earliest end,
       estimated_latest = case when $6 then $8::timestamptz else estimated_latest end,
       estimate_revised = estimate_revised or ($6 and estimated_latest is not null),
       updated_at = $9
     where id = $1`,
    [
      shipment.id,
      advances,
      event.tag,
      event.subtag ?? null,
      event.occurred_at,
      estimateChanged,
      event.estimated_delivery?.earliest ?? null,
      event.estimated_delivery?.latest ?? null,
      now.toISOString(),
    ],
  );
  return { statusChanged: advances && event.tag !== shipment.tag };
}
