import { TxHelpAssistant } from './help-assistant.js';

export { TxHelpAssistant };

// Guarded so two copies of the library on one page do not throw, and so importing it where there is
// no DOM (SSR without a shim) is a no-op.
if (globalThis.customElements && !customElements.get('tx-help-assistant'))
  customElements.define('tx-help-assistant', TxHelpAssistant);

declare global {
  interface HTMLElementTagNameMap {
    'tx-help-assistant': TxHelpAssistant;
  }
}
