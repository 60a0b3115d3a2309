// "Check my connection" as its own chunk: loaded with `import()` (warmed once the suggestions are shown,
// so a connection that drops afterwards can still be checked), not part of the first render's bytes.
export { renderCheckResults } from './check-view.js';
export { runConnectionCheck, supportDetails } from './connection-check.js';
