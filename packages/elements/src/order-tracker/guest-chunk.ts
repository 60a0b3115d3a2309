// Loaded with import() when the tracker asks a guest for the order number and email.
export { renderGuestForm } from './guest-lookup-form.js';
export { GuestLookupController } from './guest-lookup.js';
