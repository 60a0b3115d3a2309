import * as z from 'zod/mini';

// Run-time values live zod-free in values/error-codes.ts so browser bundles can use them without the schemas;
// re-exported here so every import keeps working.
export {
  ERROR_CODES,
  ERROR_CODE_LIST,
  isErrorCode,
  PROBLEM_TYPE_BASE,
  PROBLEM_CONTENT_TYPE,
} from './values/error-codes.js';
export type { ErrorCode } from './values/error-codes.js';

export const FieldError = z.object({
  /** JSON pointer-like dotted path of the failing field, e.g. `line_items.0.quantity`. */
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details with our stable `code` (kept a plain string so new codes never crash old clients). */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: z.string(),
  request_id: z.optional(z.string()),
  errors: z.optional(z.array(FieldError)),
});
export type Problem = z.infer<typeof Problem>;
