import { TxOrderTracker } from './order-tracker.js';

export { TxOrderTracker };

// Guarded so two copies of the library on one page (an app bundle plus a creator embed) do not throw,
// and so importing it where there is no DOM (SSR without a shim) is a no-op.
if (globalThis.customElements && !customElements.get('tx-order-tracker'))
  customElements.define('tx-order-tracker', TxOrderTracker);

declare global {
  interface HTMLElementTagNameMap {
    'tx-order-tracker': TxOrderTracker;
  }
}
