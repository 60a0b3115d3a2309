/**
 * Accessibility proof over every story of every element (the Custom Elements Manifest lists the
 * elements; each must have stories): axe-core with WCAG 2.2 AA and best practices, in English and
 * Arabic, in light, dark (by system preference and by the theme switch) and forced colours, with no
 * rule turned off. Then, for every story: targets ≥ 24 × 24 px, reflow at 320 px, text at 200 %,
 * and no animation when the buyer prefers reduced motion. axe, the targets and the 320 px reflow also
 * run with the buyer's Display setting at 200 % text and high contrast (the Storybook toolbar's globals). The suites are declared
 * here and run from several test files, so they run in parallel.
 */
import { MESSAGE_BUNDLES, loadCatalog } from '@txassist/elements/i18n';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { assert, deepEqual, equal } from './assert.js';
import { expectNoAxeViolations } from './axe.js';
import { waitUntil } from './dom.js';
import {
  customElementsIn,
  manifestTags,
  renderStory,
  settleStory,
  storiesOf,
  type Story,
  type StoryGlobals,
} from './stories.js';

interface Scheme {
  readonly name: string;
  readonly media: Parameters<typeof emulateMedia>[0];
}

/** Colour schemes by system preference, checked on one mounted story (only the media query changes). */
const SYSTEM_SCHEMES: readonly Scheme[] = [
  { name: 'light', media: { colorScheme: 'light', forcedColors: 'none' } },
  { name: 'dark (system)', media: { colorScheme: 'dark', forcedColors: 'none' } },
  { name: 'forced colours', media: { colorScheme: 'light', forcedColors: 'active' } },
];
const DISPLAY_PASS = 'Display 200 % text + high contrast';
const SCHEME_NAMES = [...SYSTEM_SCHEMES.map((scheme) => scheme.name), 'dark (theme switch)', DISPLAY_PASS];

export const STORY_LOCALES = ['en', 'ar'] as const;
export type StoryLocale = (typeof STORY_LOCALES)[number];
const DEFAULT_VIEWPORT = { width: 800, height: 600 };

/** Every story of every element; await it at the top of a test file (mocha needs the test names up front). */
export async function loadAllStories(): Promise<{ tags: string[]; stories: Story[] }> {
  const tags = await manifestTags();
  return { tags, stories: (await Promise.all(tags.map(storiesOf))).flat() };
}

function txElements(container: Element): HTMLElement[] {
  return customElementsIn(container).filter((element) => element.localName.startsWith('tx-') && element.shadowRoot);
}

/** Elements that draw something (the provider is `display: contents`). */
function visibleTxElements(container: Element): HTMLElement[] {
  return txElements(container).filter((element) => element.localName !== 'tx-provider');
}

async function mount(story: Story, globals: StoryGlobals): Promise<HTMLElement> {
  const container = await renderStory(story, globals);
  await settleStory(container, 2);
  return container;
}

/** The Display setting's style sheet (loaded with `import()`) reached every element's themed root. */
async function mountWithDisplay(story: Story, globals: StoryGlobals): Promise<HTMLElement> {
  const container = await mount(story, { ...globals, textSize: '200', contrast: 'more' });
  for (const element of visibleTxElements(container)) {
    const theme = element.shadowRoot!.querySelector('.theme');
    if (!theme) continue;
    await waitUntil(
      () => getComputedStyle(theme).getPropertyValue('--tx-text-scale').trim() === '2',
      `${story.id} <${element.localName}> at 200 % text`,
    );
  }
  await settleStory(container, 2);
  return container;
}

const storyLocale = (story: Story) => story.annotations.args?.locale as string | undefined;

/** Shared set-up: catalogs in memory first (so stories render in their language at once), clean-up after each test. */
function storyHooks(): void {
  before(async () => {
    await Promise.all(['ar', 'es'].map((locale) => loadCatalog(locale, MESSAGE_BUNDLES)));
  });
  afterEach(async () => {
    document.querySelectorAll('main').forEach((main) => main.remove());
    document.documentElement.style.fontSize = '';
    localStorage.removeItem('txassist-display');
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference' });
    await setViewport(DEFAULT_VIEWPORT);
  });
}

/** axe on every story in `locale`, in every colour scheme; each element's `dir` must follow the language. */
export function describeAxeOnStories(locale: StoryLocale, stories: readonly Story[]): void {
  describe(`axe on every story, ${locale}`, () => {
    storyHooks();
    for (const story of stories) {
      it(`${story.id}: no violations in ${SCHEME_NAMES.join(', ')}`, async function () {
        this.timeout(30_000);
        const expectedDir = (storyLocale(story) ?? locale) === 'ar' ? 'rtl' : 'ltr';
        const check = async (container: HTMLElement, scheme: string) => {
          for (const element of visibleTxElements(container)) {
            equal(element.getAttribute('dir'), expectedDir, `${story.id} <${element.localName}> dir in ${locale}`);
          }
          try {
            await expectNoAxeViolations(container);
          } catch (error) {
            throw new Error(`${story.id}, ${locale}, ${scheme}: ${(error as Error).message}`);
          }
        };
        const container = await mount(story, { locale, direction: 'auto', theme: 'auto' });
        for (const scheme of SYSTEM_SCHEMES) {
          await emulateMedia(scheme.media);
          await new Promise((resolve) => requestAnimationFrame(resolve));
          await check(container, scheme.name);
        }
        container.remove();
        await emulateMedia(SYSTEM_SCHEMES[0]!.media);
        const switched = await mount(story, { locale, direction: 'auto', theme: 'dark' });
        await check(switched, 'dark (theme switch)');
        switched.remove();
        const display = await mountWithDisplay(story, { locale, direction: 'auto', theme: 'auto' });
        await check(display, DISPLAY_PASS);
        display.remove();
      });
    }
  });
}

/**
 * Target size, reflow at 320 px (also with the buyer's Display setting at 200 % text and high contrast),
 * 200 % text and reduced motion, for every story in English and Arabic.
 */
export function describeLayoutOfStories(stories: readonly Story[]): void {
  describe('every story: targets, reflow, text size, motion', () => {
    storyHooks();
    for (const story of stories) {
      it(`${story.id}: targets ≥ 24 px, reflows at 320 px (also with the Display setting at 200 % + high contrast), survives 200 % text, respects reduced motion`, async function () {
        this.timeout(30_000);
        const root = document.documentElement;
        for (const locale of STORY_LOCALES) {
          const globals: StoryGlobals = { locale, direction: 'auto', theme: 'auto' };
          // Target size (WCAG 2.5.8) on every control.
          let container = await mount(story, globals);
          expectTargets(container, `${story.id} ${locale}`);
          container.remove();

          // Reflow (WCAG 1.4.10): 320 CSS px wide, nothing scrolls sideways, no text spills.
          await setViewport({ width: 320, height: 640 });
          container = await mount(story, globals);
          expectReflow(container, `${story.id} ${locale}`);
          container.remove();

          // The same at 320 px with the buyer's Display setting at 200 % text and high contrast: one mount
          // for reflow and target size.
          container = await mountWithDisplay(story, globals);
          expectReflow(container, `${story.id} ${locale}, ${DISPLAY_PASS}`);
          expectTargets(container, `${story.id} ${locale}, ${DISPLAY_PASS}`);
          container.remove();

          // Resize text (WCAG 1.4.4): root font size 200 %, nothing clipped or spilling.
          await setViewport(DEFAULT_VIEWPORT);
          root.style.fontSize = '200%';
          container = await mount(story, globals);
          for (const element of visibleTxElements(container)) {
            const base = element.shadowRoot!.querySelector('[part="base"]');
            if (base)
              equal(
                getComputedStyle(base).fontSize,
                '32px',
                `${story.id} <${element.localName}> text follows the root size`,
              );
          }
          assert(root.scrollWidth <= root.clientWidth, `${story.id} ${locale}: sideways scrolling at 200 % text`);
          deepEqual(overflowingText(container), [], `${story.id} ${locale}: text overflowing at 200 %`);
          root.style.fontSize = '';
          container.remove();

          // Reduced motion (WCAG 2.3.3): no animation runs in any element.
          await emulateMedia({ reducedMotion: 'reduce' });
          container = await mount(story, globals);
          const running = visibleTxElements(container).flatMap((element) => element.shadowRoot!.getAnimations());
          equal(running.length, 0, `${story.id} ${locale}: animations running with prefers-reduced-motion: reduce`);
          container.remove();
          await emulateMedia({ reducedMotion: 'no-preference' });
        }
      });
    }
  });
}

function expectTargets(container: Element, what: string): void {
  for (const control of interactiveElements(container)) {
    const { width, height } = control.getBoundingClientRect();
    assert(
      width >= 24 && height >= 24,
      `${what}: <${control.localName}> "${control.textContent?.trim()}" is ${width} × ${height} px`,
    );
  }
}

/** At the current (320 px) viewport: nothing scrolls sideways, no text spills. */
function expectReflow(container: Element, what: string): void {
  const root = document.documentElement;
  assert(
    root.scrollWidth <= root.clientWidth,
    `${what}: the page scrolls sideways at 320 px (${root.scrollWidth} > ${root.clientWidth})`,
  );
  deepEqual(overflowingText(container), [], `${what}: text overflowing at 320 px`);
}

/** Buttons, links, form controls and anything focusable, in every shadow root under `root`. */
function interactiveElements(root: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const selector =
    'button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role="button"]';
  const visit = (scope: Element | ShadowRoot) => {
    for (const element of scope.querySelectorAll<HTMLElement>(selector)) {
      if (element.getClientRects().length > 0) found.push(element);
    }
    for (const element of scope.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
  };
  visit(root);
  return found;
}

/**
 * Elements in shadow roots whose content is wider than their box (text spilling out or cut off), or
 * taller where they clip. Visually hidden live regions (1 px, clipped on purpose) are left out.
 */
function overflowingText(root: Element): string[] {
  const problems: string[] = [];
  for (const host of txElements(root)) {
    for (const element of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(element);
      if (style.display === 'inline' || style.display === 'none' || style.display === 'contents') continue;
      if (element.clientWidth <= 1 || style.clipPath !== 'none') continue;
      // A one-line text field scrolls the value typed into it by design (a long email at 200 % text):
      // the field itself must fit, which the page's sideways scroll and its parent's box check.
      if (element instanceof HTMLInputElement) continue;
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      if (element.scrollWidth > element.clientWidth + 1) {
        problems.push(
          `<${host.localName}> .${element.className || element.localName} "${element.textContent?.trim().slice(0, 40)}": ${element.scrollWidth} px of content in ${element.clientWidth} px`,
        );
      } else if (clips && element.scrollHeight > element.clientHeight + 1) {
        problems.push(`<${host.localName}> .${element.className || element.localName}: clipped vertically`);
      }
    }
  }
  return problems;
}
