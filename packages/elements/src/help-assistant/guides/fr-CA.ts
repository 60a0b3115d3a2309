// Canadian French reads the French guides (as its catalog falls back to French: fr-CA → fr).
export { default, words } from './fr.js';
/** Read as a regional variant of `fr` (the catalog test checks no full locale is left in English). */
export const parent = 'fr';
