import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Swedish. */
const sv = {
  'compat.unsupported': 'Den här webbläsaren kan inte visa den här delen av sidan.',
  'compat.next_step': 'Uppdatera din webbläsare eller öppna sidan i en annan. Till dess:',
  'compat.lookup': 'Hitta din beställning med dess nummer och din e-postadress',
  'compat.email': 'Mejla oss på {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default sv;
