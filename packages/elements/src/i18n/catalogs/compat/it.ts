import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Italian. */
const it = {
  'compat.unsupported': 'Questo browser non può mostrare questa parte della pagina.',
  'compat.next_step': 'Aggiorna il browser o apri questa pagina in un altro. Nel frattempo:',
  'compat.lookup': 'Trova il tuo ordine con il numero e l’email',
  'compat.email': 'Scrivici a {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default it;
