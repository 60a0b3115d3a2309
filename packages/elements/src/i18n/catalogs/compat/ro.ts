import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Romanian. */
const ro = {
  'compat.unsupported': 'Acest browser nu poate afișa această parte a paginii.',
  'compat.next_step': 'Actualizați browserul sau deschideți pagina în alt browser. Până atunci:',
  'compat.lookup': 'Găsiți comanda după număr și e-mail',
  'compat.email': 'Scrieți-ne la {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default ro;
