// Shipment tracking tags without zod (browser bundles import these; shipment.ts adds the schemas).

/** AfterShip's nine tracking status tags. */
export const TRACKING_TAGS = [
  'pending',
  'info_received',
  'in_transit',
  'out_for_delivery',
  'failed_attempt',
  'available_for_pickup',
  'delivered',
  'exception',
  'expired',
] as const;
export type TrackingTag = (typeof TRACKING_TAGS)[number];

/**
 * How far along each tag is. A carrier event never moves a shipment backwards (a late
 * `in_transit` after `delivered` is kept in the history but does not change the status).
 * Problem tags share the rank of the step they interrupt, so recovery from them is allowed.
 */
export const TRACKING_TAG_RANK: Readonly<Record<TrackingTag, number>> = {
  pending: 0,
  info_received: 1,
  in_transit: 2,
  exception: 2,
  expired: 2,
  out_for_delivery: 3,
  failed_attempt: 3,
  available_for_pickup: 4,
  delivered: 5,
};

/** Tags that need the buyer's attention: the tracker explains them and offers the next step. */
export const PROBLEM_TAGS: readonly TrackingTag[] = ['exception', 'failed_attempt', 'expired'];
