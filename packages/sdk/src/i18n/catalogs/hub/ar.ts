import type { CompleteCatalog } from '../../catalog.js';

const ar = {
  'hub.heading': 'طلباتك',
} as const satisfies CompleteCatalog<'hub'>;

export default ar;
