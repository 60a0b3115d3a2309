import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Stories import the built `@txassist/elements` (packages/elements/dist, from `tsc -b`), not its
 * TypeScript source: the elements use standard (TC39) decorators, which browsers do not run yet and
 * Vite's own transform (Oxc) does not lower; tsc's output has them lowered already.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  // The help assistant's guide videos and captions (the GuideWithVideo story), where the stories name them.
  staticDirs: [{ from: '../packages/elements/media/guides', to: '/packages/elements/media/guides' }],
};

export default config;
