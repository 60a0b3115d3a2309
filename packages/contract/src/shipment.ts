import * as z from 'zod/mini';
import { idSchema, LineItemId, OrderId, ShipmentId } from './ids.js';
import { Timestamp } from './timestamps.js';

import { TRACKING_TAGS } from './values/tracking-tags.js';

// Run-time values live zod-free in values/tracking-tags.ts so browser bundles can use them without the schemas;
// re-exported here so every import keeps working.
export { TRACKING_TAGS, TRACKING_TAG_RANK, PROBLEM_TAGS } from './values/tracking-tags.js';
export const TrackingTag = z.enum(TRACKING_TAGS);
export type TrackingTag = z.infer<typeof TrackingTag>;

export const CheckpointId = idSchema('chk');

export const Location = z.object({
  city: z.nullable(z.string().check(z.maxLength(120))),
  region: z.nullable(z.string().check(z.maxLength(120))),
  country: z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/))),
});

export const Checkpoint = z.object({
  id: CheckpointId,
  tag: TrackingTag,
  /** Carrier-specific sub-status, e.g. `failed_attempt_002` (recipient not available). */
  subtag: z.nullable(z.string().check(z.maxLength(60))),
  message: z.string().check(z.maxLength(500)),
  location: z.nullable(Location),
  occurred_at: Timestamp,
});
export type Checkpoint = z.infer<typeof Checkpoint>;

export const DeliveryWindow = z.object({
  earliest: Timestamp,
  latest: Timestamp,
});
export type DeliveryWindow = z.infer<typeof DeliveryWindow>;

export const Carrier = z.object({
  code: z.string().check(z.regex(/^[a-z0-9_-]{2,40}$/)),
  name: z.string(),
});

export const Shipment = z.object({
  object: z.literal('shipment'),
  id: ShipmentId,
  order_id: OrderId,
  carrier: Carrier,
  tracking_number: z.string(),
  tag: TrackingTag,
  subtag: z.nullable(z.string()),
  /** Items in this parcel (several shipments per order when shipped in parts). */
  line_item_ids: z.array(LineItemId),
  estimated_delivery: z.nullable(DeliveryWindow),
  /** True once the carrier moved the estimate after it was first given. */
  estimate_revised: z.boolean(),
  /** Past the latest estimated delivery and not delivered. */
  late: z.boolean(),
  delivered_at: z.nullable(Timestamp),
  /** Newest first. */
  checkpoints: z.array(Checkpoint),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type Shipment = z.infer<typeof Shipment>;

export const ShipmentList = z.object({
  object: z.literal('list'),
  data: z.array(Shipment),
});

export const CreateShipmentRequest = z.object({
  carrier: z.string().check(z.regex(/^[a-z0-9_-]{2,40}$/, 'must be a carrier code like "dhl" or "sim"')),
  tracking_number: z.string().check(z.trim(), z.minLength(3), z.maxLength(64)),
  /** Defaults to every item not yet in a shipment. */
  line_item_ids: z.optional(z.array(LineItemId).check(z.minLength(1))),
  estimated_delivery: z.optional(DeliveryWindow),
});
export type CreateShipmentRequest = z.infer<typeof CreateShipmentRequest>;

/** What a carrier posts to `/v1/carriers/{carrier}/events`, signed with the carrier's secret. */
export const CarrierEvent = z.object({
  /** The carrier's own event id: events are de-duplicated by it. */
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  tracking_number: z.string().check(z.minLength(3), z.maxLength(64)),
  tag: TrackingTag,
  subtag: z.optional(z.string().check(z.maxLength(60))),
  message: z.string().check(z.maxLength(500)),
  location: z.optional(Location),
  occurred_at: Timestamp,
  estimated_delivery: z.optional(DeliveryWindow),
});
export type CarrierEvent = z.infer<typeof CarrierEvent>;

export const CarrierEventReceipt = z.object({
  object: z.literal('carrier_event_receipt'),
  id: z.string(),
  duplicate: z.boolean(),
});

export const ShipmentPathParams = z.object({ order_id: OrderId });
export const CarrierPathParams = z.object({ carrier: z.string().check(z.regex(/^[a-z0-9_-]{2,40}$/)) });

export const SIGNATURE_HEADER = 'Tx-Signature';
/** Signatures older or newer than this are refused (replay protection). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;
