import type { CompleteCatalog } from '../../catalog.js';

const ja = {
  'hub.heading': '注文履歴',
} as const satisfies CompleteCatalog<'hub'>;

export default ja;
