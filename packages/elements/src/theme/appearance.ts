/** `light` / `dark` pin the colour scheme; `auto` follows the page's `prefers-color-scheme`. */
export type ThemeName = 'light' | 'dark' | 'auto';

export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark', 'auto'];

/** The theme named by an attribute value, or undefined for anything else (so a typo falls back, not breaks). */
export function parseTheme(value: string | null | undefined): ThemeName | undefined {
  return THEME_NAMES.find((name) => name === value);
}

/**
 * Appearance variables, named like the payment elements storefronts already configure; each maps to
 * one `--tx-*` token (see `APPEARANCE_TOKENS`). Values are CSS values; invalid ones are ignored by the browser.
 */
export interface AppearanceVariables {
  /** Buttons, links and the in-progress badge border → `--tx-color-accent`. */
  colorPrimary?: string;
  /** Text on `colorPrimary` → `--tx-color-on-accent`. */
  colorOnPrimary?: string;
  /** Card background → `--tx-color-surface`. */
  colorBackground?: string;
  /** Main text → `--tx-color-text`. */
  colorText?: string;
  /** Secondary text (keep 4.5:1 on the background) → `--tx-color-text-muted`. */
  colorTextSecondary?: string;
  /** Borders and dividers → `--tx-color-border`. */
  colorBorder?: string;
  /** Errors → `--tx-color-danger`. */
  colorDanger?: string;
  /** Done states → `--tx-color-success`. */
  colorSuccess?: string;
  /** States that need the buyer → `--tx-color-attention`. */
  colorWarning?: string;
  /** Focus ring → `--tx-color-focus`. */
  colorFocus?: string;
  /** Font stack → `--tx-font-family`. */
  fontFamily?: string;
  /** Base font size; use `rem` so text zoom works → `--tx-font-size`. */
  fontSizeBase?: string;
  /** Headings, labels and totals → `--tx-font-weight-strong`. */
  fontWeightStrong?: string | number;
  /** → `--tx-line-height`. */
  lineHeight?: string | number;
  /** Card corners; smaller parts derive from it → `--tx-radius`. */
  borderRadius?: string;
  /** Card border width → `--tx-border-width`. */
  borderWidth?: string;
  /** Base spacing unit; gaps and paddings are multiples of it → `--tx-space`. */
  spacingUnit?: string;
  /** Multiplies every spacing: `compact` 0.75, `comfortable` 1.25, or a number → `--tx-density`. */
  density?: 'compact' | 'default' | 'comfortable' | number;
}

/** Like Stripe Elements' `appearance`: a preset theme plus variables on top of it. */
export interface Appearance {
  /** `default`: light/dark by the page's preference; `night`: always dark; `flat`: no card border, tighter corners. */
  theme?: 'default' | 'night' | 'flat';
  variables?: AppearanceVariables;
}

export const APPEARANCE_TOKENS: Readonly<Record<keyof AppearanceVariables, `--tx-${string}`>> = {
  colorPrimary: '--tx-color-accent',
  colorOnPrimary: '--tx-color-on-accent',
  colorBackground: '--tx-color-surface',
  colorText: '--tx-color-text',
  colorTextSecondary: '--tx-color-text-muted',
  colorBorder: '--tx-color-border',
  colorDanger: '--tx-color-danger',
  colorSuccess: '--tx-color-success',
  colorWarning: '--tx-color-attention',
  colorFocus: '--tx-color-focus',
  fontFamily: '--tx-font-family',
  fontSizeBase: '--tx-font-size',
  fontWeightStrong: '--tx-font-weight-strong',
  lineHeight: '--tx-line-height',
  borderRadius: '--tx-radius',
  borderWidth: '--tx-border-width',
  spacingUnit: '--tx-space',
  density: '--tx-density',
};

const DENSITY: Readonly<Record<string, number>> = { compact: 0.75, default: 1, comfortable: 1.25 };

const PRESETS: Readonly<Record<NonNullable<Appearance['theme']>, AppearanceVariables>> = {
  default: {},
  night: {},
  flat: { borderWidth: '0px', borderRadius: '0.375rem' },
};

/** The `--tx-*` declarations an appearance stands for: the preset's, then the variables'. */
export function appearanceTokens(appearance: Appearance | undefined): Readonly<Record<string, string>> {
  const tokens: Record<string, string> = {};
  const sources = [PRESETS[appearance?.theme ?? 'default'] ?? {}, appearance?.variables ?? {}];
  for (const variables of sources) {
    for (const [name, raw] of Object.entries(variables) as [keyof AppearanceVariables, unknown][]) {
      const token = APPEARANCE_TOKENS[name];
      const value = name === 'density' && typeof raw === 'string' ? DENSITY[raw] : raw;
      const usable =
        (typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isFinite(value));
      // Unknown names, empty strings and non-finite numbers are skipped: the preset's value (or the default) stays.
      if (token && usable) tokens[token] = String(value);
    }
  }
  return tokens;
}

/** The colour scheme an appearance implies, if any (`night` → dark). */
export function appearanceTheme(appearance: Appearance | undefined): ThemeName | undefined {
  return appearance?.theme === 'night' ? 'dark' : undefined;
}
