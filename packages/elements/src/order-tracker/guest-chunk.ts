// Loaded with import() when the tracker asks a guest for the order number and email (with the form's styles).
export { renderGuestForm } from './guest-lookup-form.js';
export { GuestLookupController } from './guest-lookup.js';
export { shipmentStyles } from './shipment.styles.js';
