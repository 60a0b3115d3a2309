import { PROBLEM_TAGS } from '@txassist/contract/values';
import type { Shipment } from '@txassist/contract/types';
import type { ShipmentProblem } from '../events/report-problem.js';

/**
 * What needs the buyer's attention on a shipment, if anything: a problem tag from the carrier
 * first, then a passed estimate. "Delivered but not here" is the buyer's call, not the data's.
 */
export function shipmentProblem(shipment: Shipment, now: Date): ShipmentProblem | undefined {
  if (PROBLEM_TAGS.includes(shipment.tag)) return shipment.tag as 'exception' | 'failed_attempt' | 'expired';
  if (shipment.tag === 'delivered') return undefined;
  const latest = shipment.estimated_delivery?.latest;
  if (shipment.late || (latest !== undefined && Date.parse(latest) < now.getTime())) return 'late';
  return undefined;
}

/**
 * Puts a live (or re-read) shipment into the list: the newer of two copies of one shipment wins,
 * so a slow re-read never undoes an event that arrived meanwhile. New shipments go last (oldest first).
 */
export function mergeShipment(list: readonly Shipment[], incoming: Shipment): Shipment[] {
  const index = list.findIndex((shipment) => shipment.id === incoming.id);
  if (index === -1) return [...list, incoming].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
  const current = list[index]!;
  if (isOlder(incoming, current)) return [...list];
  const next = [...list];
  next[index] = incoming;
  return next;
}

/** Merges a whole list read from the API into what is shown. */
export function mergeShipments(shown: readonly Shipment[], fetched: readonly Shipment[]): Shipment[] {
  return fetched.reduce<Shipment[]>((list, shipment) => mergeShipment(list, shipment), [...shown]);
}

function isOlder(candidate: Shipment, current: Shipment): boolean {
  const delta = Date.parse(candidate.updated_at) - Date.parse(current.updated_at);
  return delta < 0 || (delta === 0 && candidate.checkpoints.length < current.checkpoints.length);
}

/** Whether the two days are the same calendar day where the buyer is. */
export function sameDay(a: string, b: string): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
}
