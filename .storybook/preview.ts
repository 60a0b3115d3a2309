import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };
import { decorators } from '../stories/support/decorators.js';
import { DEFAULT_GLOBALS, GLOBAL_TYPES } from '../stories/support/globals.js';

// Argument tables and controls come from the manifest that the elements' JSDoc generates.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Every story is checked by axe in the a11y panel; a violation is an error, not a hint.
    a11y: { test: 'error' },
  },
  // Toolbar switches: locale (the story frame's `lang`), direction (forces `dir` on the elements), theme.
  globalTypes: GLOBAL_TYPES,
  initialGlobals: { ...DEFAULT_GLOBALS },
  decorators,
};

export default preview;
