import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ptBR = {
  'guest.email.heading': 'Seu e-mail',
  'guest.email.label': 'Endereço de e-mail',
  'guest.email.hint': 'Enviaremos aqui a confirmação do pedido, com um link para acompanhar o pedido.',
  'guest.email.required': 'Digite seu endereço de e-mail.',
  'guest.email.invalid': 'Digite um e-mail como nome@exemplo.com.',
  'guest.continue': 'Continuar para o endereço',
  'guest.starting': 'Iniciando sua compra…',
  'guest.failed': 'Não foi possível iniciar a compra.',
  'guest.not_set_up': 'Esta compra ainda não está configurada nesta página. Fale com o vendedor.',
} as const satisfies CompleteCatalog<'guest'>;

export default ptBR;
