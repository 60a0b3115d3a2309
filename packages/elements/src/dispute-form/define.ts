import { TxDisputeForm } from './dispute-form.js';

export { TxDisputeForm };

// Guarded so two copies of the library on one page do not throw, and so importing it where there is
// no DOM (SSR without a shim) is a no-op.
if (globalThis.customElements && !customElements.get('tx-dispute-form'))
  customElements.define('tx-dispute-form', TxDisputeForm);

declare global {
  interface HTMLElementTagNameMap {
    'tx-dispute-form': TxDisputeForm;
  }
}
