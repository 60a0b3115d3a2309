import { TxOrderHub } from './order-hub.js';

export { TxOrderHub };

// Guarded so two copies of the library on one page (an app bundle plus a creator embed) do not throw,
// and so importing it where there is no DOM (SSR without a shim) is a no-op.
if (globalThis.customElements && !customElements.get('tx-order-hub')) customElements.define('tx-order-hub', TxOrderHub);

declare global {
  interface HTMLElementTagNameMap {
    'tx-order-hub': TxOrderHub;
  }
}
