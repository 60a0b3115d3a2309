/**
 * What the manifest (custom-elements.json) tells Storybook beyond its argument tables: which args are
 * element properties (so a control changes the element even where a story's render does not bind that
 * arg, e.g. `theme`), and which `tx-*` events exist (so the actions panel logs every one). Plain DOM
 * code without Storybook imports: test/elements/storybook-preview.test.ts runs it in Chromium.
 */
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };

interface ManifestMember {
  readonly kind: string;
  readonly name: string;
  readonly static?: boolean;
  readonly readonly?: boolean;
  readonly privacy?: string;
  readonly type?: { readonly text: string };
}

interface ManifestDeclaration {
  readonly tagName?: string;
  readonly members?: readonly ManifestMember[];
  readonly events?: readonly { readonly name: string }[];
}

const declarations: readonly ManifestDeclaration[] = (
  manifest.modules as readonly { declarations?: readonly ManifestDeclaration[] }[]
).flatMap((module) => module.declarations ?? []);

/** Every event a txassist element fires, from the manifest (`@fires` in the elements' JSDoc). */
export const TX_EVENTS: readonly string[] = [
  ...new Set(declarations.flatMap((declaration) => (declaration.events ?? []).map((event) => event.name))),
].sort();

/** The public, writable properties of `tag` (what a control may set). */
export function elementProperties(tag: string): ReadonlySet<string> {
  const declaration = declarations.find((candidate) => candidate.tagName === tag);
  return new Set(
    (declaration?.members ?? [])
      .filter((m) => m.kind === 'field' && m.type && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public')
      .map((m) => m.name),
  );
}

/** The values the story's own render had before a control overrode them, per element. */
const overridden = new WeakMap<Element, Map<string, unknown>>();

/**
 * Sets each arg the viewer changed from the story's initial args (a control) that names a property of `tag`
 * on every `tag` element inside `root`; an arg set back to its initial value restores what the story had.
 */
export function applyChangedArgs(
  root: ParentNode,
  tag: string,
  args: Readonly<Record<string, unknown>>,
  initialArgs: Readonly<Record<string, unknown>>,
): void {
  const properties = elementProperties(tag);
  for (const element of root.querySelectorAll(tag)) {
    const target = element as unknown as Record<string, unknown>;
    let originals = overridden.get(element);
    for (const key of properties) {
      const changed = key in args && args[key] !== initialArgs[key];
      if (changed) {
        if (!originals) overridden.set(element, (originals = new Map()));
        if (!originals.has(key)) originals.set(key, target[key]);
        target[key] = args[key];
      } else if (originals?.has(key)) {
        target[key] = originals.get(key);
        originals.delete(key);
      }
    }
  }
}

/** Calls `log(name, event)` for every `tx-*` event that reaches `target`; returns what removes the listeners. */
export function logTxEvents(target: EventTarget, log: (name: string, event: Event) => void): () => void {
  const listeners = TX_EVENTS.map((name) => [name, (event: Event) => log(name, event)] as const);
  for (const [name, listener] of listeners) target.addEventListener(name, listener);
  return () => {
    for (const [name, listener] of listeners) target.removeEventListener(name, listener);
  };
}
