import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { ERROR_CODES, isErrorCode, ROUTE_LIST, type RouteDefinition } from '@txassist/contract';
import {
  DEMO_DISPUTE_FIXTURES,
  DEMO_FIXTURES,
  DEMO_KEYS,
  DEMO_PRODUCTS,
  DEMO_SAVED_ADDRESS_ID,
  DEMO_SAVED_CARD,
  signWebhook,
} from '@txassist/server';
import { buyerToken } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import { staffToken } from '../support/staff.js';

/**
 * Property: whatever arrives — control characters, unpaired surrogates, huge and negative numbers,
 * deep nesting, wrong types, very long strings — every operation in the route table answers below
 * 500, an error is `application/problem+json` with a documented code, and the server stays healthy.
 * `HOSTILE_INPUT_RUNS` (default 16 per operation) and `HOSTILE_INPUT_SEED` reproduce or widen a run.
 */
const RUNS = Number(process.env.HOSTILE_INPUT_RUNS ?? 16);
const SEED = process.env.HOSTILE_INPUT_SEED === undefined ? undefined : Number(process.env.HOSTILE_INPUT_SEED);

// ---- hostile values ------------------------------------------------------------------

const controlCharacter = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('\u007f', '\u0085', '\u00a0', '\u200b', '\u200e', '\u2028', '\u202e', '\ufeff', '\uffff'),
);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const nastyCharacter = fc.oneof(controlCharacter, loneSurrogate, fc.string({ unit: 'binary', maxLength: 1 }));

/** Hostile text up to `longest` characters (URLs stay under Node's 16 KB request-head limit). */
const hostileTextUpTo = (longest: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: nastyCharacter, maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom(
      '',
      ' ',
      '.',
      '..',
      '../../etc/passwd',
      '%00',
      "'; drop table orders; --",
      '<script>alert(1)</script>',
      'ord_demoOrder0001\u0000',
      '\u0000',
      '\ud800',
      '\udfff',
      '🏳️‍🌈',
      'NaN',
      '-1',
      '9'.repeat(400),
    ),
    // Very long: past every documented maximum (in bodies, some past the body limit too).
    fc
      .tuple(
        fc.string({ unit: nastyCharacter, minLength: 1, maxLength: 3 }),
        fc.oneof(
          { weight: 3, arbitrary: fc.integer({ min: 100, max: Math.min(longest, 2000) }) },
          fc.integer({ min: 100, max: longest }),
        ),
      )
      .map(([unit, length]) => unit.repeat(length).slice(0, length)),
  );
const hostileText = hostileTextUpTo(70_000);

/** Ordinary text with U+0000 or an unpaired surrogate inside: what PostgreSQL cannot store. */
const unstorableText = fc
  .tuple(fc.string({ maxLength: 6 }), fc.oneof(fc.constant('\u0000'), loneSurrogate), fc.string({ maxLength: 6 }))
  .map((parts) => parts.join(''));
const urlText = hostileTextUpTo(500);

const hostileNumber = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    0.5,
    -0.000001,
    2 ** 31,
    2 ** 31 - 1,
    -(2 ** 31),
    2 ** 53,
    -(2 ** 53),
    Number.MAX_SAFE_INTEGER,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    1e21,
    9.223372036854776e18,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileText, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Request bodies JSON.stringify cannot write: numbers past float range, deep nesting, broken syntax. */
const hostileRawJson = fc.oneof(
  fc.integer({ min: 1, max: 20_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.integer({ min: 1, max: 12_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  fc.constantFrom(
    '{"amount": 1e400}',
    '{"quantity": -1e400, "unit_amount": 1e-400}',
    '[1e999]',
    '{"__proto__": {"admin": true}}',
    '{"constructor": {"prototype": {"x": 1}}}',
    '{"a": 1, "a": "\\u0000"}',
    '"\\ud800"',
    '{"x": "\\udc00\\ud800"}',
    '{',
    '\u0000',
    '\ufeff{}',
    '',
  ),
);

// ---- values shaped like a route's schema, with hostile leaves ---------------------------

/** Ids of the demo data, so generated path parameters and bodies sometimes reach real records. */
function collectDemoIds(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string' && /^[a-z]{2,4}_[A-Za-z0-9]{8,64}$/.test(value)) found.add(value);
  else if (value && typeof value === 'object') for (const child of Object.values(value)) collectDemoIds(child, found);
  return found;
}
const DEMO_IDS = [
  ...collectDemoIds([DEMO_FIXTURES, DEMO_DISPUTE_FIXTURES, DEMO_PRODUCTS, DEMO_SAVED_ADDRESS_ID, DEMO_SAVED_CARD]),
];

/** The parts of a zod schema's definition the generator reads (zod's own internal shape). */
interface SchemaDef {
  type: string;
  shape?: Record<string, unknown>;
  innerType?: unknown;
  in?: unknown;
  element?: unknown;
  items?: unknown[];
  options?: unknown[];
  keyType?: unknown;
  valueType?: unknown;
  entries?: Record<string, string>;
  values?: unknown[];
  pattern?: unknown;
  checks?: unknown[];
}
const defOf = (schema: unknown) => (schema as { _zod: { def: SchemaDef } })._zod.def;

/** Regular expressions a string schema checks, to generate some well-formed values too. */
function patternsOf(schema: unknown): RegExp[] {
  const def = defOf(schema);
  return [def.pattern, ...(def.checks ?? []).map((check) => defOf(check).pattern)].filter(
    (pattern): pattern is RegExp => pattern instanceof RegExp,
  );
}

/** The bounds a schema's checks set (string or array lengths, number ranges). */
function boundsOf(schema: unknown): { min?: number; max?: number } {
  const bounds: { min?: number; max?: number } = {};
  for (const check of defOf(schema).checks ?? []) {
    const def = defOf(check) as SchemaDef & { check?: string; minimum?: number; maximum?: number; value?: number };
    if (def.check === 'min_length') bounds.min = def.minimum;
    if (def.check === 'max_length') bounds.max = def.maximum;
    if (def.check === 'greater_than') bounds.min = def.value;
    if (def.check === 'less_than') bounds.max = def.value;
  }
  return bounds;
}

/** Text the schema would accept, as far as a generator can tell: demo ids, its patterns, else bounded text. */
function plausibleText(schema: unknown): fc.Arbitrary<string> {
  const patterns = patternsOf(schema);
  const options: fc.Arbitrary<string>[] = [];
  for (const pattern of patterns) {
    const known = DEMO_IDS.filter((id) => pattern.test(id));
    // Real records (demo data) get past "not found" to the code behind it.
    if (known.length > 0) options.push(fc.constantFrom(...known), fc.constantFrom(...known));
    try {
      options.push(fc.stringMatching(pattern, { size: 'xsmall' }));
    } catch {
      // fast-check cannot build some expressions (look-arounds); the other options remain.
    }
  }
  if (options.length === 0 || patterns.length === 0) {
    const { min = 0, max = 24 } = boundsOf(schema);
    options.push(
      fc.string({ unit: 'grapheme', minLength: Math.min(min, 24), maxLength: Math.max(Math.min(max, 24), min) }),
    );
  }
  return fc.oneof(...options);
}

/** Object keys a record schema knows (its enum), else plausible text. */
function keysOf(schema: unknown): fc.Arbitrary<string> {
  const def = defOf(schema);
  return def.type === 'enum'
    ? fc.constantFrom(...Object.values(def.entries as Record<string, string>))
    : plausibleText(schema);
}

/** A value the schema would probably accept: every leaf plausible, so one hostile leaf reaches the handler. */
function plausible(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (child: unknown) => plausible(child, depth + 1);
  if (depth > 6) return fc.constant(null);
  switch (def.type) {
    case 'object':
      return fc.record(Object.fromEntries(Object.entries(def.shape!).map(([key, child]) => [key, inner(child)])), {
        requiredKeys: Object.entries(def.shape!)
          .filter(([, child]) => defOf(child).type !== 'optional')
          .map(([key]) => key),
      });
    case 'string':
      return plausibleText(schema);
    case 'number':
    case 'bigint': {
      const { min = -5, max = 100_000 } = boundsOf(schema);
      return fc.integer({ min: Math.max(Math.ceil(min), -1_000_000), max: Math.min(Math.floor(max), 1_000_000) });
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries!));
    case 'literal':
      return fc.constantFrom(...def.values!);
    case 'optional':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null, freq: 4 });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'array': {
      const { min = 0, max = 2 } = boundsOf(schema);
      return fc.array(inner(def.element), { minLength: min, maxLength: Math.max(min, Math.min(max, 2)) });
    }
    case 'tuple':
      return fc.tuple(...def.items!.map(inner));
    case 'union':
      return fc.oneof(...def.options!.map(inner));
    case 'record':
      return fc.dictionary(keysOf(def.keyType), inner(def.valueType), { maxKeys: 2 });
    default:
      return fc.constant(null);
  }
}

/** Places of a JSON value where one hostile thing can go: every leaf, and every object (a new key). */
function placesOf(value: unknown, path: (string | number)[] = [], places: (string | number)[][] = []) {
  places.push(path);
  if (Array.isArray(value)) value.forEach((child, index) => placesOf(child, [...path, index], places));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) placesOf(child, [...path, key], places);
  }
  return places;
}

/**
 * The value with one place replaced by (or, for an object, given a key holding) the hostile value.
 * Text fields are picked more often: they are where most of what the database cannot take arrives.
 */
function withHostile(value: unknown, pick: number, hostile: unknown, hostileKey: string): unknown {
  const places = placesOf(value);
  const textPlaces = places.filter(
    (place) => typeof place.reduce<unknown>((at, step) => (at as never)[step], value) === 'string',
  );
  const pool = textPlaces.length > 0 && pick % 3 !== 0 ? textPlaces : places;
  const path = pool[Math.floor(pick / 3) % pool.length]!;
  const replace = (current: unknown, depth: number): unknown => {
    if (depth === path.length) {
      const isObject = current !== null && typeof current === 'object' && !Array.isArray(current);
      return isObject && pick % 2 === 0 ? { ...current, [hostileKey]: hostile } : hostile;
    }
    const step = path[depth]!;
    if (Array.isArray(current))
      return current.map((child, index) => (index === step ? replace(child, depth + 1) : child));
    return { ...(current as object), [step]: replace((current as Record<string, unknown>)[step], depth + 1) };
  };
  return replace(value, 0);
}

/** A plausible body with exactly one hostile value somewhere in it. */
const oneHostileLeaf = (schema: unknown) =>
  fc
    .tuple(
      plausible(schema),
      fc.nat(),
      fc.oneof(
        { weight: 6, arbitrary: unstorableText },
        { weight: 3, arbitrary: hostileText },
        hostileNumber,
        hostileJson,
      ),
      fc.oneof(unstorableText, hostileText),
    )
    .map(([value, pick, hostile, key]) => withHostile(value, pick, hostile, key));

/** A value for the schema: usually its shape with plausible or hostile leaves, sometimes anything at all. */
function shaped(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const wrong = hostileJson;
  if (depth > 6) return wrong;
  const inner = (child: unknown) => shaped(child, depth + 1);
  let right: fc.Arbitrary<unknown>;
  switch (def.type) {
    case 'object': {
      const entries = Object.entries(def.shape as Record<string, unknown>).map(([key, child]) => [key, inner(child)]);
      const record = fc.record(Object.fromEntries(entries) as Record<string, fc.Arbitrary<unknown>>, {
        requiredKeys: [],
      });
      right = fc
        .tuple(record, fc.option(fc.tuple(hostileText, hostileJson), { freq: 4 }))
        .map(([value, extra]) => (extra ? { ...value, [extra[0]]: extra[1] } : value));
      break;
    }
    case 'string':
      right = fc.oneof(plausibleText(schema), hostileText);
      break;
    case 'number':
    case 'bigint':
      right = fc.oneof(fc.integer({ min: -2, max: 500 }), hostileNumber);
      break;
    case 'boolean':
      right = fc.boolean();
      break;
    case 'enum':
      right = fc.oneof(fc.constantFrom(...Object.values(def.entries as Record<string, string>)), hostileText);
      break;
    case 'literal':
      right = fc.constantFrom(...(def.values as unknown[]));
      break;
    case 'optional':
      right = fc.option(inner(def.innerType), { nil: undefined });
      break;
    case 'nullable':
      right = fc.option(inner(def.innerType), { nil: null });
      break;
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      right = inner(def.innerType);
      break;
    case 'pipe':
      right = inner(def.in);
      break;
    case 'array':
      right = fc.array(inner(def.element), { maxLength: 3 });
      break;
    case 'tuple':
      right = fc.tuple(...(def.items as unknown[]).map(inner));
      break;
    case 'union':
      right = fc.oneof(...(def.options as unknown[]).map(inner));
      break;
    case 'record':
      right = fc.dictionary(fc.oneof(keysOf(def.keyType), hostileText), inner(def.valueType), { maxKeys: 3 });
      break;
    default:
      right = wrong;
  }
  return fc.oneof({ weight: 6, arbitrary: right }, { weight: 1, arbitrary: wrong });
}

// ---- requests --------------------------------------------------------------------------

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

interface HostileRequest {
  url: [path: string, query: string];
  body: string | undefined;
  contentType: string;
  credential: 'role' | 'none' | 'garbage';
  garbageToken: string;
  idempotencyKey: string | undefined;
}

function requestFor(route: RouteDefinition): fc.Arbitrary<HostileRequest> {
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

// ---- the property ------------------------------------------------------------------------

for (const backend of BACKENDS) {
  describe(`hostile input on every operation (${backend})`, () => {
    let server: TestServer;
    const credentials = new Map<string, Record<string, string>>();
    before(async () => {
      server = await startTestServer({ backend });
      credentials.set('buyer', { Authorization: `Bearer ${await buyerToken(server.url)}` });
      credentials.set('seller', { Authorization: `Bearer ${DEMO_KEYS.secretKey}` });
      credentials.set('agent', { Authorization: `Bearer ${await staffToken(server, 'agent')}` });
      credentials.set('admin', { Authorization: `Bearer ${await staffToken(server, 'admin')}` });
      credentials.set('publishable', { 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey });
    });
    after(() => server?.close());

    async function send(route: RouteDefinition, request: HostileRequest, roleIndex: number) {
      const headers: Record<string, string> = { 'Content-Type': request.contentType };
      if (request.credential === 'role') {
        const role =
          route.auth === 'publishable_key'
            ? 'publishable'
            : route.auth === 'secret_key'
              ? 'seller'
              : route.roles[roleIndex % Math.max(route.roles.length, 1)];
        Object.assign(headers, role ? credentials.get(role) : {});
      } else if (request.credential === 'garbage') {
        headers.Authorization = `Bearer ${request.garbageToken}`;
        headers['X-Tx-Publishable-Key'] = request.garbageToken;
      }
      if (request.idempotencyKey !== undefined) headers['Idempotency-Key'] = request.idempotencyKey;
      if (route.operationId === 'carrierEvent' && request.body !== undefined) {
        const signature = await signWebhook(request.body, [DEMO_FIXTURES.carrierSecret], Math.floor(Date.now() / 1000));
        headers['Tx-Signature'] = signature;
      }
      const abort = new AbortController();
      const response = await fetch(`${server.url}${request.url[0]}${request.url[1]}`, {
        method: route.method.toUpperCase(),
        headers,
        signal: abort.signal,
        ...(request.body !== undefined ? { body: request.body } : {}),
      });
      const type = response.headers.get('content-type') ?? '';
      // A live event stream never ends by itself: its headers are the answer.
      if (type.startsWith('text/event-stream')) {
        abort.abort();
        return { status: response.status, type, text: '' };
      }
      return { status: response.status, type, text: await response.text() };
    }

    // Erasure pseudonymises the demo buyer, so it runs last and the others keep a real buyer.
    const routes = [...ROUTE_LIST].sort(
      (a, b) => Number(a.operationId === 'eraseMyData') - Number(b.operationId === 'eraseMyData'),
    );
    for (const route of routes) {
      it(`${route.operationId}: ${route.method.toUpperCase()} ${route.path}`, async () => {
        await fc.assert(
          fc.asyncProperty(requestFor(route), fc.nat(3), async (request, roleIndex) => {
            const result = await send(route, request, roleIndex);
            const described = `${result.status} ${result.type} ${result.text.slice(0, 300)}`;
            assert.ok(result.status < 500, described);
            if (result.status >= 400) {
              assert.equal(result.type, 'application/problem+json', described);
              const problem = JSON.parse(result.text) as { code: string; status: number };
              assert.ok(isErrorCode(problem.code), described);
              assert.equal(problem.status, result.status, described);
              assert.equal(ERROR_CODES[problem.code].status, result.status, described);
            }
          }),
          { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
        );
        const health = await fetch(`${server.url}/healthz`);
        assert.equal(health.status, 200, 'the server is healthy afterwards');
      });
    }

    it('logged no unhandled error and no failed background job', async () => {
      await server.services.jobs.idle();
      const errors = server.logs.filter((line) => JSON.parse(line).level === 'error');
      assert.deepEqual(errors, []);
    });
  });
}
