// British English reads the English guides (they use no word British buyers say differently).
export { default, words } from './en.js';
/** Read as a regional variant of `en` (the catalog test checks no full locale is left in English). */
export const parent = 'en';
