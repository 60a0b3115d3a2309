import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { action } from 'storybook/actions';
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };
import { decorators } from '../stories/support/decorators.js';
import { DEFAULT_GLOBALS, GLOBAL_TYPES } from '../stories/support/globals.js';
import { applyChangedArgs, logTxEvents, urlArgTypeName } from './element-args.js';

// Argument tables, controls and the autodocs pages come from the manifest that the elements' JSDoc generates.
setCustomElementsManifest(manifest);

/** Listener removers of the frames currently rendered (a frame re-renders with new args; listen once). */
const listening = new WeakMap<Element, () => void>();

/**
 * Controls reach the element's properties (a story's render binds only some args), and every `tx-*` event
 * the story's elements fire is logged in the actions panel (they bubble and are composed).
 */
const withElementArgsAndActions: Decorator = (story, context) => {
  const tag = typeof context.component === 'string' ? context.component : undefined;
  const frameRendered = (frame: Element | undefined) => {
    if (!frame) return;
    if (!listening.has(frame))
      listening.set(
        frame,
        logTxEvents(manifest, frame, (name, event) => action(name)(event)),
      );
    // After the story's own template has rendered into the frame.
    if (tag) queueMicrotask(() => applyChangedArgs(manifest, frame, tag, context.args, context.initialArgs));
  };
  return html`<div class="story-element-args" style="display: contents" ${ref(frameRendered)}>${story()}</div>`;
};

const preview: Preview = {
  // A docs page for every element: description, stories with their descriptions, and the manifest's
  // attributes, properties, events, parts, CSS custom properties and slots.
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    // Every story is checked by axe in the a11y panel; a violation is an error, not a hint.
    a11y: { test: 'error' },
  },
  // The manifest types `theme` as a string; these are its values (an element's own theme wins over the toolbar's).
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  // URL args (`&args=theme:dark`) are kept only for args whose type Storybook can name (element-args.ts).
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([key, argType]) => {
          const name = argType.type?.name;
          if (!name || urlArgTypeName(name) === name) return [key, argType];
          return [key, { ...argType, type: { ...argType.type, name: urlArgTypeName(name) } as typeof argType.type }];
        }),
      ),
  ],
  // Toolbar switches: locale (the story frame's `lang`), direction (forces `dir` on the elements), theme, and the
  // buyer's Display setting: text size and contrast (written as the device's setting: stories/support/display.ts).
  globalTypes: GLOBAL_TYPES,
  initialGlobals: { ...DEFAULT_GLOBALS },
  decorators: [withElementArgsAndActions, ...decorators],
};

export default preview;
