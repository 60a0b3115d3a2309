export { TxConsentChangeEvent } from './consent-change.js';
export { TxDataErasedEvent } from './data-erased.js';
export { TxDataExportReadyEvent } from './data-export-ready.js';
export { TxOrderErrorEvent } from './order-error.js';
export { TxOrderLoadEvent } from './order-load.js';
