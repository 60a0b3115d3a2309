import type { Translator } from '@txassist/sdk/i18n';
import { wordsFor } from '../internal/words-for.js';

/** The words at `key` (an order status or tracking tag); a value a newer API added reads "Status: updating". */
export const statusWords = (t: Translator['t'], key: string): string => wordsFor(t, key, 'tracker.other');
