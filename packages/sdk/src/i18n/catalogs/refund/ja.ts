import type { CompleteCatalog } from '../../catalog.js';

const ja = {
  'refund.heading': '返金をリクエスト',
} as const satisfies CompleteCatalog<'refund'>;

export default ja;
