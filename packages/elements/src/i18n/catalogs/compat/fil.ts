import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Filipino. */
const fil = {
  'compat.unsupported': 'Hindi maipakita ng browser na ito ang bahaging ito ng page.',
  'compat.next_step': 'I-update ang browser mo o buksan ang page sa ibang browser. Habang hindi pa:',
  'compat.lookup': 'Hanapin ang order mo gamit ang numero at email nito',
  'compat.email': 'Mag-email sa amin sa {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default fil;
