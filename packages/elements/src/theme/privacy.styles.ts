import { baseStyles } from './privacy/base.styles.js';
import { consentsStyles } from './privacy/consents.styles.js';
import { erasureStyles } from './privacy/erasure.styles.js';
import { exportStyles } from './privacy/export.styles.js';
import { forcedColorsStyles } from './privacy/forced-colors.styles.js';
import { loadingStyles } from './privacy/loading.styles.js';
import { preferencesStyles } from './privacy/preferences.styles.js';

/**
 * Layout and colour of the privacy center; tokens and the light/dark/forced palettes come from
 * `themeStyles`, listed first. Only logical properties, so right-to-left pages mirror on their own.
 * Every control is at least 24 × 24 CSS pixels (WCAG 2.5.8), most 44; nothing needs more than 320 px.
 *
 * One module per section, in this order: later rules win over earlier ones of the same specificity
 * (the sections refine the shared base, forced colours override everything).
 */
export const privacyCenterStyles = [
  baseStyles,
  consentsStyles,
  preferencesStyles,
  exportStyles,
  erasureStyles,
  loadingStyles,
  forcedColorsStyles,
];
