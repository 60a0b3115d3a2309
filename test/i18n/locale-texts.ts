/**
 * Every translated text of the repository, read from the locale files on disk (no hand list): the
 * elements' and the SDK's catalog namespaces, the help assistant's guides, the server's notification
 * wording and the example storefront's, agent console's and creator page's words. Each locale file becomes a flat map of id → message
 * (nested objects flattened to `caseSubjects.approved`, guide steps to `track_parcel.steps.2`).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Message } from '@txassist/sdk/i18n';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SOURCE_LOCALE = 'en';
const LOCALE_FILE = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.(?:ts|js)$/;

/** One kind of locale files: where they are, and how a module becomes flat texts. */
export interface TextSource {
  /** `tracker`, `core`, `guides`, `wording`, `storefront`. */
  readonly name: string;
  readonly folder: string;
  /** Texts of one locale module (English's too). */
  readonly texts: (module: Record<string, unknown>, tag: string) => Map<string, Message>;
  /** Whether a regional variant may go without its own file (it then reads its parent's). */
  readonly variantOptional: boolean;
  /** Whether ids must match English one to one (guides may have more or fewer steps than English). */
  readonly loose?: (id: string) => boolean;
  /** Placeholders a translation may leave out, and ones it may add (the wording: see its `types.ts`). */
  readonly placeholders?: { readonly optional: readonly string[]; readonly extra: readonly string[] };
}

export interface LocaleTexts {
  readonly tag: string;
  /** The locale it fills gaps from (`es` for `es-MX`), undefined for a full locale. */
  readonly parent: string | undefined;
  /** Its own texts only. */
  readonly own: Map<string, Message>;
}

const isPlural = (value: unknown): value is Exclude<Message, string> =>
  typeof value === 'object' && value !== null && typeof (value as { other?: unknown }).other === 'string';

/** Nested plain objects and arrays → `a.b.0` ids; plural forms (`{ one, other }`) stay one message. */
export function flatten(value: unknown, prefix = '', into = new Map<string, Message>()): Map<string, Message> {
  if (typeof value === 'string' || isPlural(value)) into.set(prefix, value);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  return into;
}

const catalogText = (module: Record<string, unknown>, tag: string, namespace: string) =>
  flatten(tag === SOURCE_LOCALE ? module[`${namespace}Messages`] : module['default']);

const namespaceSources = (root: string): TextSource[] =>
  readdirSync(join(ROOT, root), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      name: entry.name,
      folder: join(root, entry.name),
      texts: (module, tag) => catalogText(module, tag, entry.name),
      variantOptional: false,
    }));

/** Every kind of locale files there is. */
export const SOURCES: readonly TextSource[] = [
  ...namespaceSources('packages/sdk/src/i18n/catalogs'),
  ...namespaceSources('packages/elements/src/i18n/catalogs'),
  {
    name: 'guides',
    folder: 'packages/elements/src/help-assistant/guides',
    texts: (module) => flatten({ ...(module['default'] as object), words: module['words'] }),
    variantOptional: false,
    loose: (id) => id.includes('.steps.'),
  },
  {
    name: 'wording',
    folder: 'packages/server/src/notifications/wording',
    texts: (module) => flatten(module['default']),
    variantOptional: true,
    // Outside English a case is "your case" (no `{case}`), `{headline}` is English only, and the order
    // email's body may repeat its `{subject}` (which names the `{number}`) instead.
    placeholders: { optional: ['case', 'headline'], extra: ['subject'] },
  },
  {
    name: 'storefront',
    folder: 'examples/storefront/public/text',
    texts: (module) => flatten(module['default']),
    variantOptional: false,
  },
  {
    name: 'agent-console',
    folder: 'examples/agent-console/public/text',
    texts: (module) => flatten(module['default']),
    variantOptional: false,
  },
  {
    name: 'creator',
    folder: 'examples/creator-video/public/text',
    texts: (module) => flatten(module['default']),
    variantOptional: false,
  },
];

/** The locale tags with a file in `source`'s folder, English included. */
export function localesOf(source: TextSource): string[] {
  return readdirSync(join(ROOT, source.folder))
    .map((name) => LOCALE_FILE.exec(name)?.[1])
    .filter((tag): tag is string => tag !== undefined)
    .sort();
}

const cache = new Map<string, Promise<LocaleTexts>>();

/** One locale's texts of one source. A module that re-exports another locale's (`es-MX` guides) reads as that locale's variant. */
export function load(source: TextSource, tag: string): Promise<LocaleTexts> {
  const id = `${source.name}:${tag}`;
  let pending = cache.get(id);
  if (!pending) {
    const file = readdirSync(join(ROOT, source.folder)).find((name) => name === `${tag}.ts` || name === `${tag}.js`)!;
    pending = import(pathToFileURL(join(ROOT, source.folder, file)).href).then((module: Record<string, unknown>) => ({
      tag,
      parent: typeof module['parent'] === 'string' ? module['parent'] : undefined,
      own: source.texts(module, tag),
    }));
    cache.set(id, pending);
  }
  return pending;
}

/** A locale's texts with its parents' filled in (not English's): what a buyer of that locale reads. */
export async function merged(source: TextSource, tag: string): Promise<Map<string, Message>> {
  const texts = await load(source, tag);
  if (!texts.parent || texts.parent === SOURCE_LOCALE) return texts.own;
  return new Map([...(await merged(source, texts.parent)), ...texts.own]);
}

/** Every locale with a catalog (the SDK's `core` folder decides, as `AVAILABLE_LOCALES` does), and its parent. */
export async function catalogLocales(): Promise<Map<string, string | undefined>> {
  const core = SOURCES.find((source) => source.name === 'core')!;
  const found = new Map<string, string | undefined>();
  for (const tag of localesOf(core)) found.set(tag, (await load(core, tag)).parent);
  return found;
}
