import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Spanish. */
const es = {
  'compat.unsupported': 'Este navegador no puede mostrar esta parte de la página.',
  'compat.next_step': 'Actualiza tu navegador o abre esta página en otro. Mientras tanto:',
  'compat.lookup': 'Busca tu pedido con su número y tu correo',
  'compat.email': 'Escríbenos a {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default es;
