/**
 * Values shaped like a route's schema (read from zod's definitions) with hostile leaves, for the
 * hostile-input property: plausible enough that one hostile value reaches the handler.
 */
import fc from 'fast-check';
import {
  DEMO_DISPUTE_FIXTURES,
  DEMO_FIXTURES,
  DEMO_PRODUCTS,
  DEMO_SAVED_ADDRESS_ID,
  DEMO_SAVED_CARD,
} from '@txassist/server';
import { hostileJson, hostileNumber, hostileText, unstorableText } from './hostile-values.js';

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
export const defOf = (schema: unknown) => (schema as { _zod: { def: SchemaDef } })._zod.def;

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
export function plausibleText(schema: unknown): fc.Arbitrary<string> {
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
export const oneHostileLeaf = (schema: unknown) =>
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
export function shaped(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
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
