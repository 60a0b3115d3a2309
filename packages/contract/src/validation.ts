import type * as z from 'zod/mini';
import type { FieldError } from './problem.js';

/** Turns zod issues into the `errors` array of a `validation_failed` problem. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    code: issue.code,
    message: issue.message,
  }));
}
