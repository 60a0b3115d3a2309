import { TxCheckoutHelper } from './checkout-helper.js';

export { TxCheckoutHelper };

// Guarded so two copies of the library on one page (an app bundle plus a creator embed) do not throw,
// and so importing it where there is no DOM (SSR without a shim) is a no-op.
if (globalThis.customElements && !customElements.get('tx-checkout-helper'))
  customElements.define('tx-checkout-helper', TxCheckoutHelper);

declare global {
  interface HTMLElementTagNameMap {
    'tx-checkout-helper': TxCheckoutHelper;
  }
}
