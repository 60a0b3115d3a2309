import { SIGNATURE_HEADER, type ROUTES } from '@txassist/contract';
import { ProblemError } from '../http/problem.js';
import { moveOrder, receiveCarrierEvent } from '../shipping/carrier-ingest.js';
import { statusFromShipments } from '../shipping/order-status.js';
import { appendEvent } from '../store/events.js';
import { getVisibleOrder } from '../store/orders.js';
import { getShipment, insertShipment, listShipments } from '../store/shipments.js';
import type { RouteHandler } from '../http/route-handler.js';

export const listShipmentsHandler: RouteHandler<typeof ROUTES.listShipments> = async ({
  services,
  principal,
  params,
  now,
}) => {
  const order = await getVisibleOrder(services.db, services.cipher, principal, params.order_id, now);
  if (!order) throw new ProblemError('not_found', 'Check the order id, or sign in as the buyer of this order.');
  return { object: 'list', data: await listShipments(services.db, order.id, now) };
};

export const createShipmentHandler: RouteHandler<typeof ROUTES.createShipment> = async ({
  services,
  principal,
  params,
  body,
  now,
}) => {
  const { db, cipher } = services;
  return db.transaction(async (tx) => {
    const order = await getVisibleOrder(tx, cipher, principal, params.order_id, now, { forUpdate: true });
    if (!order) throw new ProblemError('not_found');
    if (!['awaiting_shipment', 'partially_shipped', 'awaiting_collection'].includes(order.status)) {
      throw new ProblemError(
        'action_not_allowed',
        `An order that is ${order.status.replaceAll('_', ' ')} cannot be shipped.`,
      );
    }
    const known = await tx.query('select 1 from carriers where code = $1', [body.carrier]);
    if (known.rows.length === 0) throw new ProblemError('not_found', `No carrier "${body.carrier}" is registered.`);
    const existing = await listShipments(tx, order.id, now);
    const shipped = new Set(existing.flatMap((shipment) => shipment.line_item_ids));
    const itemIds = new Set(order.line_items.map((item) => item.id));
    const requested = body.line_item_ids ?? order.line_items.map((item) => item.id).filter((id) => !shipped.has(id));
    const invalid = requested.filter((id) => !itemIds.has(id) || shipped.has(id));
    if (requested.length === 0 || invalid.length > 0) {
      throw new ProblemError(
        'action_not_allowed',
        'Every item is already in a shipment, or an item id is not on this order.',
        {
          errors: invalid.map((id) => ({
            path: 'line_item_ids',
            code: 'not_shippable',
            message: `${id} is not on the order or already shipped`,
          })),
        },
      );
    }
    const duplicate = await tx.query('select 1 from shipments where carrier = $1 and tracking_number = $2', [
      body.carrier,
      body.tracking_number,
    ]);
    if (duplicate.rows.length > 0)
      throw new ProblemError('action_not_allowed', 'This tracking number is already used; check it.');
    const id = await insertShipment(
      tx,
      {
        orderId: order.id,
        carrier: body.carrier,
        trackingNumber: body.tracking_number,
        lineItemIds: requested,
        estimate: body.estimated_delivery,
      },
      now,
    );
    const shipment = await getShipment(tx, id, now);
    const snapshot = (await getVisibleOrder(tx, cipher, principal, order.id, now, { view: 'event' }))!;
    await appendEvent(tx, cipher, 'shipment.updated', snapshot, now, shipment);
    const target = statusFromShipments(snapshot, [...existing, shipment]);
    if (target) await moveOrder(tx, cipher, order.id, target, now);
    return shipment;
  });
};

export const carrierEventHandler: RouteHandler<typeof ROUTES.carrierEvent> = async ({ c, services, params }) => {
  const receipt = await receiveCarrierEvent(
    services,
    params.carrier,
    await c.req.text(),
    c.req.header(SIGNATURE_HEADER),
  );
  return receipt;
};
