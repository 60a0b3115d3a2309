import { TxProvider } from './provider.js';

export { TxProvider };

// Guarded so two copies of the library on one page do not throw, and a no-op where there is no DOM.
if (globalThis.customElements && !customElements.get('tx-provider')) customElements.define('tx-provider', TxProvider);

declare global {
  interface HTMLElementTagNameMap {
    'tx-provider': TxProvider;
  }
}
