import { TxRefundRequest } from './refund-request.js';

export { TxRefundRequest };

// Guarded so two copies of the library on one page do not throw, and so importing it where there is
// no DOM (SSR without a shim) is a no-op.
if (globalThis.customElements && !customElements.get('tx-refund-request'))
  customElements.define('tx-refund-request', TxRefundRequest);

declare global {
  interface HTMLElementTagNameMap {
    'tx-refund-request': TxRefundRequest;
  }
}
