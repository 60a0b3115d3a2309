import type { CompleteCatalog } from '../../catalog.js';

const ja = {
  'dispute.heading': '注文の問題を報告',
} as const satisfies CompleteCatalog<'dispute'>;

export default ja;
