/**
 * Preview-wide decorators, used by `.storybook/preview.ts` and by the tests that render every story:
 * the story sits in a page region whose `lang` is the locale global (so elements follow the page's
 * language, as they do on a storefront) inside a `tx-provider` carrying the theme global; the text
 * size and contrast globals become the device's Display setting, which the provider hands to every element.
 */
import { html } from 'lit';
import { applyDisplayGlobals } from './display.js';
import { storyGlobals } from './globals.js';

interface DecoratorContext {
  readonly globals: Readonly<Record<string, unknown>>;
}

export function withPageFrame(story: () => unknown, context: DecoratorContext) {
  const { locale, theme } = storyGlobals(context.globals);
  applyDisplayGlobals(context.globals);
  // A dark page behind dark-themed stories, as a storefront in dark mode would have.
  const page = theme === 'dark' ? 'padding: 1rem; background: #111114; color-scheme: dark' : 'padding: 1rem';
  return html`<div class="story-frame" lang=${locale} style=${page}>
    <tx-provider theme=${theme}>${story()}</tx-provider>
  </div>`;
}

export const decorators = [withPageFrame];
