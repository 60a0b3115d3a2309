import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Brazilian Portuguese. */
const ptBR = {
  'compat.unsupported': 'Este navegador não consegue mostrar esta parte da página.',
  'compat.next_step': 'Atualize seu navegador ou abra esta página em outro. Enquanto isso:',
  'compat.lookup': 'Encontre seu pedido pelo número e e-mail',
  'compat.email': 'Escreva para {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default ptBR;
