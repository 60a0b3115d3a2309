/**
 * What the manifest (custom-elements.json) tells Storybook beyond its argument tables: which args are
 * element properties (so a control changes the element even where a story's render does not bind that
 * arg, e.g. `theme`), and which `tx-*` events exist (so the actions panel logs every one). Plain DOM
 * code without Storybook imports (the manifest is passed in): test/elements/storybook-preview.test.ts
 * runs it in Chromium.
 */

interface ManifestMember {
  readonly kind: string;
  readonly name: string;
  readonly static?: boolean;
  readonly readonly?: boolean;
  readonly privacy?: string;
  readonly type?: { readonly text: string };
}

interface ManifestDeclaration {
  readonly kind: string;
  readonly tagName?: string;
  readonly members?: readonly ManifestMember[];
  readonly events?: readonly { readonly name: string }[];
}

/** The part of custom-elements.json read here. */
export interface ElementsManifest {
  readonly modules: readonly { readonly declarations?: readonly ManifestDeclaration[] }[];
}

const declarationsOf = (manifest: ElementsManifest): readonly ManifestDeclaration[] =>
  manifest.modules.flatMap((module) => module.declarations ?? []);

/** Every event a txassist element fires, from the manifest (`@fires` in the elements' JSDoc). */
export function txEvents(manifest: ElementsManifest): readonly string[] {
  const names = declarationsOf(manifest).flatMap((declaration) => (declaration.events ?? []).map((e) => e.name));
  return [...new Set(names)].sort();
}

/** The public, writable properties of `tag` (what a control may set). */
export function elementProperties(manifest: ElementsManifest, tag: string): ReadonlySet<string> {
  const declaration = declarationsOf(manifest).find((candidate) => candidate.tagName === tag);
  return new Set(
    (declaration?.members ?? [])
      .filter((m) => m.kind === 'field' && m.type && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public')
      .map((m) => m.name),
  );
}

/** The values the story's own render had before a control overrode them, per element. */
const overridden = new WeakMap<Element, Map<string, unknown>>();

const isPrimitive = (value: unknown) => value === null || (typeof value !== 'object' && typeof value !== 'function');

/**
 * Sets the args that name a property of `tag` on every `tag` element inside `root`: each one the viewer
 * changed from the story's initial args (a control), and every defined primitive one (a story opened with
 * `?args=theme:dark` has it in its initial args; the render sets the same value for the ones it binds).
 * An arg set back to its initial object value or to undefined restores what the story had.
 */
export function applyChangedArgs(
  manifest: ElementsManifest,
  root: ParentNode,
  tag: string,
  args: Readonly<Record<string, unknown>>,
  initialArgs: Readonly<Record<string, unknown>>,
): void {
  const properties = elementProperties(manifest, tag);
  for (const element of root.querySelectorAll(tag)) {
    const target = element as unknown as Record<string, unknown>;
    let originals = overridden.get(element);
    for (const key of properties) {
      const value = args[key];
      const wanted = value !== undefined && (value !== initialArgs[key] || isPrimitive(value));
      if (wanted) {
        if (!originals) overridden.set(element, (originals = new Map()));
        if (!originals.has(key)) originals.set(key, target[key]);
        if (target[key] !== value) target[key] = value;
      } else if (originals?.has(key)) {
        target[key] = originals.get(key);
        originals.delete(key);
      }
    }
  }
}

/** Calls `log(name, event)` for every `tx-*` event that reaches `target`; returns what removes the listeners. */
export function logTxEvents(
  manifest: ElementsManifest,
  target: EventTarget,
  log: (name: string, event: Event) => void,
): () => void {
  const listeners = txEvents(manifest).map((name) => [name, (event: Event) => log(name, event)] as const);
  for (const [name, listener] of listeners) target.addEventListener(name, listener);
  return () => {
    for (const [name, listener] of listeners) target.removeEventListener(name, listener);
  };
}

/**
 * Storybook maps args given in the URL (`&args=theme:dark`) by `argType.type.name` and drops those whose name
 * it does not know, such as the manifest's TypeScript type `string | undefined`: one primitive in a union
 * with `undefined` or `null` is named as that primitive, so URL args reach those properties too.
 */
export function urlArgTypeName(name: string): string {
  const parts = name
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  const [only] = parts;
  return parts.length === 1 && only && ['string', 'number', 'boolean'].includes(only) ? only : name;
}
