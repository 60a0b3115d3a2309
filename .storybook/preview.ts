import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };

// Argument tables and controls come from the manifest that the elements' JSDoc generates.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Every story is checked by axe in the a11y panel; a violation is an error, not a hint.
    a11y: { test: 'error' },
  },
  globalTypes: {
    locale: {
      description: 'Locale of the elements',
      toolbar: { title: 'Locale', icon: 'globe', items: ['en', 'es'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en' },
};

export default preview;
