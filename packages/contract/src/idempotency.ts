/**
 * How long the server keeps an idempotency key with its answer: a retry with the key within this
 * time gets the first answer. One figure for the server, the OpenAPI document and the docs.
 */
export const IDEMPOTENCY_KEY_RETENTION_HOURS = 24;

/**
 * The longest a request holds its key while it runs. A request's effect and the record of its
 * answer commit together, so a server that dies mid-request leaves neither; once this lease
 * lapses a retry with the same key runs the request again (until then it gets 409
 * `idempotency_in_progress`).
 */
export const IDEMPOTENCY_LEASE_SECONDS = 30;
