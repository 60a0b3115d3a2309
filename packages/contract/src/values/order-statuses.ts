// Order statuses without zod (browser bundles import these; order-status.ts adds the schema).

/** TikTok Shop's order lifecycle. `completed`: no more returns. `on_hold`: buyer may still cancel alone. */
export const ORDER_STATUSES = [
  'unpaid',
  'on_hold',
  'awaiting_shipment',
  'partially_shipped',
  'awaiting_collection',
  'in_transit',
  'delivered',
  'completed',
  'cancelled',
] as const;
