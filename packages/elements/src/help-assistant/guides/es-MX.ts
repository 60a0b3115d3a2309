// Mexican Spanish reads the Spanish guides (as its catalog falls back to Spanish: es-MX → es).
export { default, words } from './es.js';
