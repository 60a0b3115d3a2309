import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in French. */
const fr = {
  'compat.unsupported': 'Ce navigateur ne peut pas afficher cette partie de la page.',
  'compat.next_step': 'Mettez à jour votre navigateur ou ouvrez cette page dans un autre. En attendant :',
  'compat.lookup': 'Retrouver votre commande avec son numéro et votre e-mail',
  'compat.email': 'Écrivez-nous à {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default fr;
