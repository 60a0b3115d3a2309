/**
 * Renders Storybook stories (CSF 3) in test pages without Storybook: every element in the Custom
 * Elements Manifest must have `stories/<name>.stories.ts`, and every story it exports is rendered with
 * the same global decorators as Storybook's preview, from fixture data, with no server.
 */
import { render, type TemplateResult } from 'lit';

export interface StoryGlobals {
  readonly locale: string;
  readonly direction: 'auto' | 'ltr' | 'rtl';
  readonly theme: 'auto' | 'light' | 'dark';
  /** The Display setting's text size in per cent and contrast (toolbar globals; default 100, standard). */
  readonly textSize?: '100' | '150' | '200';
  readonly contrast?: 'standard' | 'more';
}

interface StoryContext {
  readonly args: Record<string, unknown>;
  readonly globals: StoryGlobals;
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly parameters: Record<string, unknown>;
  readonly argTypes: Record<string, unknown>;
}
type Renderer = (args: Record<string, unknown>, context: StoryContext) => unknown;
type Decorator = (story: () => unknown, context: StoryContext) => unknown;

interface CsfAnnotations {
  readonly title?: string;
  readonly args?: Record<string, unknown>;
  readonly render?: Renderer;
  readonly decorators?: readonly Decorator[];
  readonly parameters?: Record<string, unknown>;
  readonly includeStories?: readonly string[] | RegExp;
  readonly excludeStories?: readonly string[] | RegExp;
}

interface StoryModule {
  readonly default: CsfAnnotations;
  readonly [exportName: string]: unknown;
}

export interface Story {
  /** `tx-order-tracker/InTransit`: element and export name, for test titles. */
  readonly id: string;
  readonly element: string;
  readonly exportName: string;
  readonly module: StoryModule;
  readonly annotations: CsfAnnotations;
}

interface Manifest {
  modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
}

const root = new URL('../../', import.meta.url);

/** Every tag the elements package declares, from its Custom Elements Manifest. */
export async function manifestTags(): Promise<string[]> {
  const response = await fetch(new URL('packages/elements/custom-elements.json', root), { cache: 'no-store' });
  const manifest = (await response.json()) as Manifest;
  const tags = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : [])),
  );
  return [...new Set(tags)].sort();
}

function matches(name: string, filter: readonly string[] | RegExp | undefined): boolean | undefined {
  if (!filter) return undefined;
  return Array.isArray(filter) ? filter.includes(name) : (filter as RegExp).test(name);
}

/** CSF's rule: every named export is a story unless `includeStories`/`excludeStories` say otherwise. */
function storyExports(module: StoryModule): string[] {
  const { includeStories, excludeStories } = module.default;
  return Object.keys(module)
    .filter((name) => name !== 'default' && name !== '__namedExportsOrder')
    .filter((name) => matches(name, includeStories) ?? true)
    .filter((name) => !(matches(name, excludeStories) ?? false));
}

/** The stories of one element; fails (rejects) when the element has no stories file. */
export async function storiesOf(tag: string): Promise<Story[]> {
  const name = tag.replace(/^tx-/, '');
  const url = new URL(`stories/${name}.stories.ts`, root).href;
  let module: StoryModule;
  try {
    module = (await import(url)) as StoryModule;
  } catch (error) {
    throw new Error(`<${tag}> has no loadable stories/${name}.stories.ts (every element needs one): ${String(error)}`);
  }
  return storyExports(module).map((exportName) => ({
    id: `${tag}/${exportName}`,
    element: tag,
    exportName,
    module,
    annotations: module[exportName] as CsfAnnotations,
  }));
}

/** Storybook's preview-level decorators, shared with `.storybook/preview.ts`. */
interface PreviewModule {
  readonly decorators: readonly Decorator[];
}
let preview: Promise<PreviewModule> | undefined;
function previewDecorators(): Promise<PreviewModule> {
  return (preview ??= import(new URL('stories/support/decorators.ts', root).href) as Promise<PreviewModule>);
}

/**
 * Renders `story` into a fresh container appended to `<main>` (a landmark, as on a real page) with
 * the decorators Storybook applies: the story's, the file's, then the preview's (outermost).
 */
export async function renderStory(story: Story, globals: StoryGlobals): Promise<HTMLElement> {
  const meta = story.module.default;
  const args = { ...meta.args, ...story.annotations.args };
  const context: StoryContext = {
    args,
    globals,
    id: story.id,
    name: story.exportName,
    title: meta.title ?? story.element,
    parameters: { ...meta.parameters, ...story.annotations.parameters },
    argTypes: {},
  };
  const renderer = story.annotations.render ?? meta.render;
  if (!renderer) throw new Error(`${story.id} has no render function`);
  const decorators = [
    ...(story.annotations.decorators ?? []),
    ...(meta.decorators ?? []),
    ...(await previewDecorators()).decorators,
  ];
  let storyFn: () => unknown = () => renderer(context.args, context);
  for (const decorator of decorators) {
    const inner = storyFn;
    storyFn = () => decorator(inner, context);
  }
  const main = document.createElement('main');
  document.body.append(main);
  render(storyFn() as TemplateResult, main);
  return main;
}

/** Every custom element under `root` (light DOM and open shadow roots), including `root`. */
export function customElementsIn(root: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: Element) => {
    if (node.localName.includes('-')) found.push(node as HTMLElement);
    for (const child of node.children) visit(child);
    if (node.shadowRoot) for (const child of node.shadowRoot.children) visit(child);
  };
  visit(root);
  return found;
}

/**
 * Waits until the elements stop changing: no Lit update pending for several frames, and lazily loaded
 * catalogs and stand-in clients (resolving or failing right away) have been answered.
 */
export async function settleStory(root: Element, frames = 4): Promise<void> {
  let quiet = 0;
  for (let round = 0; round < 200 && quiet < frames; round++) {
    const elements = customElementsIn(root) as (HTMLElement & {
      updateComplete?: Promise<unknown>;
      isUpdatePending?: boolean;
    })[];
    const pending = elements.some((element) => element.isUpdatePending);
    await Promise.all(elements.map((element) => element.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    quiet = pending ? 0 : quiet + 1;
  }
}
