/**
 * Storybook globals (toolbar switches) for locale, direction, theme and the buyer's Display setting
 * (text size, contrast). Plain data, shared by
 * `.storybook/preview.ts` and the browser tests that render every story.
 */
import { AVAILABLE_LOCALES } from '@txassist/sdk/i18n';

export type Direction = 'auto' | 'ltr' | 'rtl';
export type Theme = 'auto' | 'light' | 'dark';
/** Text size of the Display setting, in per cent (the setting's `textScale` × 100). */
export type TextSize = '100' | '150' | '200';
/** `more`: the Display setting's high contrast. */
export type Contrast = 'standard' | 'more';

export interface StoryGlobals {
  readonly locale: string;
  readonly direction: Direction;
  readonly theme: Theme;
  readonly textSize: TextSize;
  readonly contrast: Contrast;
}

export const DEFAULT_GLOBALS: StoryGlobals = {
  locale: 'en',
  direction: 'auto',
  theme: 'auto',
  textSize: '100',
  contrast: 'standard',
};

/** `es-MX` → "español (México)": each locale named in its own language, as a language picker should. */
function ownName(tag: string): string {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export const GLOBAL_TYPES = {
  locale: {
    description: 'Language of the elements (the story frame’s `lang`)',
    toolbar: {
      title: 'Locale',
      icon: 'globe' as const,
      items: AVAILABLE_LOCALES.map((tag) => ({ value: tag, title: `${tag} — ${ownName(tag)}` })),
      dynamicTitle: true,
    },
  },
  direction: {
    description: 'Text direction: follow the locale, or force one to check mirroring',
    toolbar: {
      title: 'Direction',
      icon: 'transfer' as const,
      items: [
        { value: 'auto', title: 'Follow the locale' },
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
      dynamicTitle: true,
    },
  },
  theme: {
    description: 'Colour scheme (the provider’s `theme`)',
    toolbar: {
      title: 'Theme',
      icon: 'contrast' as const,
      items: [
        { value: 'auto', title: 'Follow the system' },
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
      ],
      dynamicTitle: true,
    },
  },
  textSize: {
    description: 'Text size of the buyer’s Display setting (as set in the privacy centre or the assistant)',
    toolbar: {
      title: 'Text size',
      icon: 'zoom' as const,
      items: [
        { value: '100', title: 'Text 100 %' },
        { value: '150', title: 'Text 150 %' },
        { value: '200', title: 'Text 200 %' },
      ],
      dynamicTitle: true,
    },
  },
  contrast: {
    description: 'High contrast of the buyer’s Display setting',
    toolbar: {
      title: 'Contrast',
      icon: 'eye' as const,
      items: [
        { value: 'standard', title: 'Standard contrast' },
        { value: 'more', title: 'High contrast' },
      ],
      dynamicTitle: true,
    },
  },
};

/** Globals as Storybook hands them over (loosely typed), checked and defaulted. */
export function storyGlobals(globals: Readonly<Record<string, unknown>>): StoryGlobals {
  const pick = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(value as T) ? (value as T) : fallback;
  return {
    locale: pick(globals.locale, AVAILABLE_LOCALES, DEFAULT_GLOBALS.locale),
    direction: pick(globals.direction, ['auto', 'ltr', 'rtl'] as const, DEFAULT_GLOBALS.direction),
    theme: pick(globals.theme, ['auto', 'light', 'dark'] as const, DEFAULT_GLOBALS.theme),
    textSize: pick(globals.textSize, ['100', '150', '200'] as const, DEFAULT_GLOBALS.textSize),
    contrast: pick(globals.contrast, ['standard', 'more'] as const, DEFAULT_GLOBALS.contrast),
  };
}

/** The `dir` to put on an element: nothing while the direction follows the locale. */
export function forcedDir(globals: Readonly<Record<string, unknown>>): 'ltr' | 'rtl' | undefined {
  const { direction } = storyGlobals(globals);
  return direction === 'auto' ? undefined : direction;
}
