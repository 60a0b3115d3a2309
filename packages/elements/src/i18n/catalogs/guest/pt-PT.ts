import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** European Portuguese, addressing the buyer in the third person (“a sua encomenda”), as Portuguese shops do; a full catalog rather than a variant of pt-BR, as nearly every message differs (encomenda, a + infinitive, seguimento). */
const ptPT = {
  'guest.email.heading': 'O seu e-mail',
  'guest.email.label': 'Endereço de e-mail',
  'guest.email.hint': 'Enviamos para aqui a confirmação da encomenda, com uma ligação para a seguir.',
  'guest.email.required': 'Introduza o seu endereço de e-mail.',
  'guest.email.invalid': 'Introduza um endereço de e-mail como nome@exemplo.pt.',
  'guest.continue': 'Continuar para a morada',
  'guest.starting': 'A iniciar a finalização da compra…',
  'guest.failed': 'Não foi possível iniciar a finalização da compra.',
  'guest.not_set_up': 'A finalização da compra ainda não está configurada nesta página. Contacte o vendedor.',
} as const satisfies CompleteCatalog<'guest'>;

export default ptPT;
