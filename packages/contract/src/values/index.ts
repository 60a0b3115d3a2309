// `@txassist/contract/values`: the contract's run-time values (constants and small functions) without zod or
// any schema-building code, for browser bundles (issue 14, decision 1). Types come from `@txassist/contract/types`.
export * from './access-codes.js';
export * from './claims.js';
export * from './declines.js';
export * from './feedback.js';
export * from './api-versions.js';
export * from './error-codes.js';
export { ID_PREFIXES, hasPrefix, newId, type IdKind, type IdPrefix } from './ids.js';
export * from './money.js';
export * from './order-statuses.js';
export * from './privacy.js';
export * from './tracking-tags.js';
// Already zod-free where they are.
export * from '../card-fields.js';
export * from '../evidence-sniff.js';
export * from '../postal-codes.js';
export { buildPath } from './build-path.js';
export * from './support.js';
