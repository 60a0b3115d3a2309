import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** European Portuguese, addressing the buyer in the third person (“a sua encomenda”), as Portuguese shops do; a full catalog rather than a variant of pt-BR, as nearly every message differs (encomenda, a + infinitive, seguimento). */
const ptPT = {
  'compat.unsupported': 'Este navegador não consegue mostrar esta parte da página.',
  'compat.next_step': 'Atualize o navegador ou abra esta página noutro. Até lá:',
  'compat.lookup': 'Encontrar a sua encomenda pelo número e e-mail',
  'compat.email': 'Envie-nos um e-mail para {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default ptPT;
