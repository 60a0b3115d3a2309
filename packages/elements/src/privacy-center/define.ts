import { TxPrivacyCenter } from './privacy-center.js';

export { TxPrivacyCenter };

// Guarded so two copies of the library on one page (an app bundle plus a creator embed) do not throw,
// and so importing it where there is no DOM (SSR without a shim) is a no-op.
if (globalThis.customElements && !customElements.get('tx-privacy-center'))
  customElements.define('tx-privacy-center', TxPrivacyCenter);

declare global {
  interface HTMLElementTagNameMap {
    'tx-privacy-center': TxPrivacyCenter;
  }
}
