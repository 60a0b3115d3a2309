// The catalog, locale matching and the translator live in `@txassist/sdk/i18n` (one catalog for the SDK
// and the elements); this entry re-exports them next to the Lit-specific locale controller.
export * from '@txassist/sdk/i18n';
export { LocaleController, inheritedLang } from './locale-controller.js';
