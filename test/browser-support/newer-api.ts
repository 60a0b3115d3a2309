/**
 * The real API's answers as a newer version of it would send them (issue 14, decision 2): a `fetch`
 * for the SDK client's `fetch` option that passes every request to the real test server and rewrites
 * the JSON of each successful answer — enum values this version does not know, and a field it does not
 * know on every object at every level. Nothing is invented: the shape and ids are the server's own.
 */

/** The field every object gains, as a newer API might add one. */
export const ADDED_FIELD = 'added_later';

type Json = unknown;

/** What to change in one answer: `values` replaces the string value of a field of that name anywhere in it. */
export interface NewerAnswer {
  /** Which answers: the request path (`/v1/orders/ord_…`) is tested. */
  readonly path: RegExp;
  /** Field name → the value a newer API sends there (only where the field holds a string today). */
  readonly values?: Readonly<Record<string, string>>;
  /** Anything more, after `values`: for example an extra list entry of a kind this version does not know. */
  readonly also?: (body: Json) => Json;
}

function rewrite(value: Json, values: Readonly<Record<string, string>>): Json {
  if (Array.isArray(value)) return value.map((item) => rewrite(item, values));
  if (value === null || typeof value !== 'object') return value;
  const result: Record<string, Json> = {};
  for (const [key, field] of Object.entries(value)) {
    const replacement = values[key];
    result[key] = replacement !== undefined && typeof field === 'string' ? replacement : rewrite(field, values);
  }
  result[ADDED_FIELD] = { note: 'a field this version of the elements does not know', level: 1 };
  return result;
}

/** Every JSON answer that matches one of `answers` (the first that matches) rewritten; all else as the server sent it. */
export function newerApi(answers: readonly NewerAnswer[]): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    const answer = answers.find((candidate) => candidate.path.test(url.pathname));
    if (!answer || !response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return response;
    const body = rewrite(await response.json(), answer.values ?? {});
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    return new Response(JSON.stringify(answer.also ? answer.also(body) : body), {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  };
}
