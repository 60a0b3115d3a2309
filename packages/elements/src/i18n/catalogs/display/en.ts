import type { Message, MessageBundle } from '@txassist/sdk/i18n';
import { displayLoaders } from './loaders.js';

/**
 * Namespace `display`, English: the buyer's Display setting (text size, high contrast), shown in the
 * privacy centre and the help assistant from a view of its own, loaded with it only.
 */
export const displayMessages = {
  'display.heading': 'Display',
  'display.intro':
    'Make text larger or raise the contrast on this shop’s order and checkout pages. This device remembers it.',
  'display.text_size': 'Text size',
  'display.contrast': 'High contrast',
  'display.contrast_hint': 'Stronger colours and borders.',
  'display.preview': 'Preview: your order has shipped and arrives on Thursday.',
  'display.changed_on': 'Text size {size}, high contrast on.',
  'display.changed_off': 'Text size {size}, high contrast off.',
  'display.open': 'Text size and contrast',
} as const satisfies Record<`display.${string}`, Message>;

export const DISPLAY: MessageBundle<'display'> = {
  namespace: 'display',
  english: displayMessages,
  locales: displayLoaders,
};
