/**
 * Default colours, light and dark. Each key `k` is the public token `--tx-color-k` and the private
 * shorthand `--_k` the styles use. Text colours keep ≥ 4.5:1 on `surface` and on the badge surfaces
 * (axe checks every story in both schemes).
 */
export const LIGHT_PALETTE = {
  surface: '#ffffff',
  text: '#1a1a1a',
  'text-muted': '#595959',
  border: '#c9c9d1',
  accent: '#1a4fc4',
  'on-accent': '#ffffff',
  danger: '#b3261e',
  success: '#0f5f27',
  attention: '#7a4100',
  focus: '#1a4fc4',
  'progress-surface': '#e7eeff',
  'success-surface': '#e3f3e8',
  'attention-surface': '#fff1d9',
  'neutral-surface': '#ececef',
  skeleton: '#e4e4ea',
} as const;

export type PaletteKey = keyof typeof LIGHT_PALETTE;

export const DARK_PALETTE: Readonly<Record<PaletteKey, string>> = {
  surface: '#1c1c1f',
  text: '#f2f2f4',
  'text-muted': '#b9b9c3',
  border: '#45454f',
  accent: '#9bbcff',
  'on-accent': '#0b1a33',
  danger: '#ff9b93',
  success: '#8fe0a6',
  attention: '#ffcb7a',
  focus: '#9bbcff',
  'progress-surface': '#1e2b4a',
  'success-surface': '#173522',
  'attention-surface': '#3d2a09',
  'neutral-surface': '#303036',
  skeleton: '#34343b',
};

/**
 * Forced colours (Windows contrast themes and the like): every token becomes a system colour, so
 * nothing depends on how a browser forces author colours (Chromium, for one, leaves
 * `-webkit-text-fill-color` at the author's colour).
 */
export const FORCED_PALETTE: Readonly<Record<PaletteKey, string>> = {
  surface: 'Canvas',
  text: 'CanvasText',
  'text-muted': 'CanvasText',
  border: 'CanvasText',
  accent: 'ButtonFace',
  'on-accent': 'ButtonText',
  danger: 'CanvasText',
  success: 'CanvasText',
  attention: 'CanvasText',
  focus: 'Highlight',
  'progress-surface': 'Canvas',
  'success-surface': 'Canvas',
  'attention-surface': 'Canvas',
  'neutral-surface': 'Canvas',
  skeleton: 'GrayText',
};
