import { ORDER_TRANSITIONS, TRACKING_TAG_RANK, type Order, type OrderStatus, type Shipment } from '@txassist/contract';

/** The order status its shipments imply, or undefined when they imply no change. */
export function statusFromShipments(order: Order, shipments: readonly Shipment[]): OrderStatus | undefined {
  if (shipments.length === 0) return undefined;
  const shipped = new Set(shipments.flatMap((shipment) => shipment.line_item_ids));
  const allShipped = order.line_items.every((item) => shipped.has(item.id));
  let target: OrderStatus;
  if (!allShipped) target = 'partially_shipped';
  else if (shipments.every((shipment) => shipment.tag === 'delivered')) target = 'delivered';
  else if (shipments.some((shipment) => TRACKING_TAG_RANK[shipment.tag] >= TRACKING_TAG_RANK.in_transit))
    target = 'in_transit';
  else target = 'awaiting_collection';
  return target === order.status || !reachable(order.status, target) ? undefined : target;
}

/** Whether the lifecycle allows getting from `from` to `to` (possibly through steps in between). */
export function reachable(from: OrderStatus, to: OrderStatus): boolean {
  const seen = new Set<OrderStatus>([from]);
  const queue: OrderStatus[] = [from];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const next of ORDER_TRANSITIONS[current]) {
      if (next === to) return true;
      if (!seen.has(next) && next !== 'cancelled') {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}
