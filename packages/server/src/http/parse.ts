import { checkRequestPart } from '@txassist/contract';
import type { Context } from 'hono';
import type * as z from 'zod/mini';
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
    value = parseJsonText(text, 'Check the JSON syntax of the request body.');
  }
  return validateBody(schema, value, 'Correct the listed fields and send the request again.');
}

/** JSON.parse, answering 400 `malformed_json` with the given next step when the text is not JSON. */
export function parseJsonText(text: string, nextStep: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ProblemError('malformed_json', nextStep);
  }
}

/** Checks a decoded body against the contract (storable text, then its schema): 422 naming each field. */
export function validateBody<S extends z.ZodMiniType>(schema: S, value: unknown, nextStep: string): z.infer<S> {
  const result = checkRequestPart(schema, value);
  if (!result.success) throw new ProblemError('validation_failed', nextStep, { errors: result.errors });
  return result.data;
}

/** Checks decoded path or query parameters: a bad path parameter names no resource (404), a bad query is 400. */
export function parseWith<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  code: 'invalid_query' | 'not_found',
): z.infer<S> {
  const result = checkRequestPart(schema, value);
  if (!result.success) {
    throw new ProblemError(code, code === 'invalid_query' ? 'Correct the listed query parameters.' : undefined, {
      ...(code === 'invalid_query' ? { errors: result.errors } : {}),
    });
  }
  return result.data;
}
