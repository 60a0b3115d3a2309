/** Whole hostile requests for one route: path, query, body, content type, credential and idempotency key. */
import fc from 'fast-check';
import type { RouteDefinition } from '@txassist/contract';
import { defOf, oneHostileLeaf, plausibleText, shaped } from './hostile-shapes.js';
import { hostileJson, hostileRawJson, hostileText, unstorableText, urlText } from './hostile-values.js';

/** A path segment as sent: usually an encoded value, sometimes bytes no text decodes to. */
const hostileSegment = (schema: unknown) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.oneof(plausibleText(schema), urlText).map(encodeText) },
    { weight: 1, arbitrary: fc.constantFrom('%00', '%ED%A0%80', '%FF', '%', '%%', '%C0%AE', '..%2F', '%2e%2e') },
  );

/** encodeURIComponent, but an unpaired surrogate is sent as its (invalid) three UTF-8-like bytes. */
function encodeText(text: string): string {
  if (text === '' || text === '.' || text === '..') return `${encodeURIComponent(text)}x`;
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (char.length === 1 && code >= 0xd800 && code <= 0xdfff) {
      out += `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`;
    } else out += encodeURIComponent(char);
  }
  return out;
}

const visibleAscii = fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code));

export interface HostileRequest {
  url: [path: string, query: string];
  body: string | undefined;
  contentType: string;
  credential: 'role' | 'none' | 'garbage';
  garbageToken: string;
  idempotencyKey: string | undefined;
}

export function requestFor(route: RouteDefinition): fc.Arbitrary<HostileRequest> {
  const paramNames = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  const paramShape = (route.params ? defOf(route.params).shape : {}) as Record<string, unknown>;
  const segments = fc.tuple(...paramNames.map((name) => hostileSegment(paramShape[name] ?? {})));
  const path = segments.map((values) =>
    route.path.replace(/\{(\w+)\}/g, (_, name: string) => values[paramNames.indexOf(name)]!),
  );

  const queryShape = (route.query ? defOf(route.query).shape : {}) as Record<string, unknown>;
  const queryPair = fc.oneof(
    ...Object.entries(queryShape).map(([name, schema]) =>
      fc
        .oneof(plausibleText(defOf(schema).innerType ?? schema), unstorableText, urlText)
        .map((value) => [name, value] as const),
    ),
    fc.tuple(urlText, urlText),
  );
  const query = fc
    .array(fc.tuple(queryPair, fc.boolean()), { maxLength: 4 })
    .map((pairs) =>
      pairs.length === 0
        ? ''
        : `?${pairs.map(([[name, value], raw]) => `${encodeText(name)}=${raw ? value.replace(/[&#\s%]/g, '') : encodeText(value)}`).join('&')}`,
    );

  const body: fc.Arbitrary<string | undefined> =
    route.method === 'get'
      ? fc.constant(undefined)
      : route.body
        ? fc.oneof(
            { weight: 8, arbitrary: oneHostileLeaf(route.body).map((value) => JSON.stringify(value) ?? 'null') },
            { weight: 1, arbitrary: shaped(route.body).map((value) => JSON.stringify(value) ?? 'null') },
            { weight: 1, arbitrary: hostileJson.map((value) => JSON.stringify(value)) },
            { weight: 1, arbitrary: hostileRawJson },
          )
        : fc.oneof(
            fc.constant(undefined),
            hostileText.map((value) => `decision=${encodeText(value)}`),
            hostileRawJson,
          );

  // Node answers a request head over 16 KB itself (431, no body): the URL stays well under it, as
  // sent — percent-encoded UTF-8, up to 9 bytes a character (counting characters let 16 KB through).
  const url = fc.tuple(path, query).filter(([p, q]) => new URL(p + q, 'http://127.0.0.1').href.length < 10_000);
  return fc.record({
    url,
    body,
    contentType: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8') },
      { weight: 1, arbitrary: fc.constantFrom('application/x-www-form-urlencoded', 'text/plain', '') },
    ),
    credential: fc.oneof(
      { weight: 8, arbitrary: fc.constant('role' as const) },
      { weight: 1, arbitrary: fc.constantFrom('none' as const, 'garbage' as const) },
    ),
    // Header values are bytes: fetch refuses NUL, CR, LF, DEL and anything past U+00FF before sending.
    garbageToken: fc.string({ unit: visibleAscii }),
    idempotencyKey: fc.option(
      fc.oneof(
        { weight: 6, arbitrary: fc.string({ unit: visibleAscii, minLength: 1, maxLength: 64 }) },
        { weight: 1, arbitrary: fc.string({ unit: visibleAscii, maxLength: 300 }) },
      ),
      { nil: undefined, freq: 2 },
    ),
  });
}
