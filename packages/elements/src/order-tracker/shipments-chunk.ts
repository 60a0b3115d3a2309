// Loaded with import() when an order with parcels is shown: the parcel cards, their timelines and styles.
export { renderShipments } from './shipment-card.js';
export { shipmentStyles } from './shipment.styles.js';
