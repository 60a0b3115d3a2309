import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Catalan. */
const ca = {
  'compat.unsupported': 'Aquest navegador no pot mostrar aquesta part de la pàgina.',
  'compat.next_step': 'Actualitza el navegador o obre aquesta pàgina en un altre. Mentrestant:',
  'compat.lookup': 'Troba la comanda amb el número i el correu electrònic',
  'compat.email': 'Escriu-nos a {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default ca;
