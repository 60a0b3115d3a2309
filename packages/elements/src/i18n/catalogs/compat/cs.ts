import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Czech. */
const cs = {
  'compat.unsupported': 'Tento prohlížeč nemůže zobrazit tuto část stránky.',
  'compat.next_step': 'Aktualizujte prohlížeč nebo stránku otevřete v jiném. Mezitím můžete:',
  'compat.lookup': 'Najít objednávku podle čísla a e-mailu',
  'compat.email': 'Napsat nám na {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default cs;
