import type { PaletteKey } from './palette.js';

/**
 * High contrast (the buyer's Display setting, or `prefers-contrast: more`): text at WCAG AAA 7:1 or
 * more on every surface it sits on, borders in the text colour, status colours dark (or light) enough
 * to read as text.
 */
export const CONTRAST_LIGHT_PALETTE: Readonly<Record<PaletteKey, string>> = {
  surface: '#ffffff',
  text: '#000000',
  'text-muted': '#1f1f1f',
  border: '#000000',
  accent: '#0033a0',
  'on-accent': '#ffffff',
  danger: '#8a0000',
  success: '#004d1a',
  attention: '#5c2e00',
  focus: '#0033a0',
  'progress-surface': '#eef3ff',
  'success-surface': '#ebf7ee',
  'attention-surface': '#fff5e3',
  'neutral-surface': '#f2f2f2',
  skeleton: '#c4c4c4',
};

export const CONTRAST_DARK_PALETTE: Readonly<Record<PaletteKey, string>> = {
  surface: '#000000',
  text: '#ffffff',
  'text-muted': '#e8e8e8',
  border: '#ffffff',
  accent: '#b3d0ff',
  'on-accent': '#000000',
  danger: '#ffbab3',
  success: '#a8f0bb',
  attention: '#ffd899',
  focus: '#b3d0ff',
  'progress-surface': '#0d1a33',
  'success-surface': '#0a2413',
  'attention-surface': '#2b1d00',
  'neutral-surface': '#1a1a1a',
  skeleton: '#4a4a4a',
};
