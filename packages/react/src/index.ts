export * from './components.generated.js';
export { TxProvider, useTxClient, type TxProviderProps } from './provider.js';
export type {} from './jsx.generated.js';
