import type * as z from 'zod/mini';
import type { FieldError } from './problem.js';
import { isStorableText, toStorableText, UNSTORABLE_TEXT_CODE, UNSTORABLE_TEXT_MESSAGE } from './storable-text.js';

/** Reports at most this many unstorable strings, so a hostile body cannot make the answer huge. */
const MAX_UNSTORABLE_REPORTED = 20;

/** Turns zod issues into the `errors` array of a `validation_failed` problem. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({
    // A path may hold a hostile object key; the answer (and any stored copy of it) must stay storable.
    path: toStorableText(issue.path.map(String).join('.')) || '(body)',
    code: issue.code,
    message: issue.message,
  }));
}

/**
 * One field error per string (object keys included) anywhere in a decoded request part that is not
 * storable text. Iterative, so a deeply nested body cannot exhaust the stack.
 */
export function unstorableTextErrors(value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const report = (path: string) => {
    errors.push({ path: path || '(body)', code: UNSTORABLE_TEXT_CODE, message: UNSTORABLE_TEXT_MESSAGE });
  };
  // A stack in document order; an unstorable key is reported where it stands, its value not walked.
  const pending: { value: unknown; path: string; badKey?: true }[] = [{ value, path: '' }];
  while (pending.length > 0 && errors.length < MAX_UNSTORABLE_REPORTED) {
    const { value: current, path, badKey } = pending.pop()!;
    const child = (key: string) => (path ? `${path}.${key}` : key);
    if (badKey || (typeof current === 'string' && !isStorableText(current))) {
      report(path);
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) {
        pending.push({ value: current[index], path: child(String(index)) });
      }
    } else if (current !== null && typeof current === 'object') {
      for (const [key, nested] of Object.entries(current).reverse()) {
        if (isStorableText(key)) pending.push({ value: nested, path: child(key) });
        else pending.push({ value: undefined, path: child(toStorableText(key)), badKey: true });
      }
    }
  }
  return errors.slice(0, MAX_UNSTORABLE_REPORTED);
}

export type RequestPartCheck<T> = { success: true; data: T } | { success: false; errors: FieldError[] };

/**
 * Validates one decoded part of a request (path parameters, query parameters or a JSON body): first
 * the rule every part follows — all text storable, see `storable-text.ts` — then the part's schema.
 */
export function checkRequestPart<S extends z.ZodMiniType>(schema: S, value: unknown): RequestPartCheck<z.infer<S>> {
  const unstorable = unstorableTextErrors(value);
  if (unstorable.length > 0) return { success: false, errors: unstorable };
  const result = schema.safeParse(value);
  if (result.success) return { success: true, data: result.data };
  return { success: false, errors: toFieldErrors(result.error.issues) };
}
