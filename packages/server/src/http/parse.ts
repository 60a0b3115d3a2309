import { toFieldErrors } from '@txassist/contract';
import type { Context } from 'hono';
import * as z from 'zod/mini';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

/** Reads and validates the JSON body: 415 for other types, 400 for broken JSON, 422 for invalid fields. */
export async function parseJsonBody<S extends z.ZodMiniType>(c: Context<AppEnv>, schema: S): Promise<z.infer<S>> {
  const text = await c.req.text();
  let value: unknown = undefined;
  if (text.trim() !== '') {
    const type = c.req.header('Content-Type') ?? '';
    if (!/^application\/(.+\+)?json\b/i.test(type)) {
      throw new ProblemError('unsupported_media_type', 'Send the body as JSON with "Content-Type: application/json".');
    }
    try {
      value = JSON.parse(text);
    } catch {
      throw new ProblemError('malformed_json', 'Check the JSON syntax of the request body.');
    }
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ProblemError('validation_failed', 'Correct the listed fields and send the request again.', {
      errors: toFieldErrors(result.error.issues),
    });
  }
  return result.data;
}

export function parseWith<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  code: 'invalid_query' | 'not_found',
): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ProblemError(code, code === 'invalid_query' ? 'Correct the listed query parameters.' : undefined, {
      ...(code === 'invalid_query' ? { errors: toFieldErrors(result.error.issues) } : {}),
    });
  }
  return result.data;
}
