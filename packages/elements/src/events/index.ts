export { TxOrderErrorEvent } from './order-error.js';
export { TxOrderLoadEvent } from './order-load.js';
