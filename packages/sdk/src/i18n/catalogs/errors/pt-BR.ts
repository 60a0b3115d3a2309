import type { CompleteCatalog } from '../../catalog.js';

/** Brazilian Portuguese, with "você", as Brazilian shopping apps talk to buyers. */
const ptBR = {
  'error.request_invalid.title': 'Algo deu errado nesta página',
  'error.request_invalid.next_step':
    'Recarregue a página e tente de novo. Se continuar acontecendo, fale com o vendedor e informe o código do erro.',
  'error.validation_failed.title': 'Faltam dados ou algum deles não é válido',
  'error.validation_failed.next_step': 'Confira os campos destacados e tente de novo.',
  'error.payload_too_large.title': 'O que você enviou é grande demais',
  'error.payload_too_large.next_step': 'Envie menos arquivos, ou arquivos menores, e tente de novo.',
  'error.unauthenticated.title': 'Sua sessão expirou',
  'error.unauthenticated.next_step': 'Entre de novo neste site e recarregue a página.',
  'error.forbidden.title': 'Isso não está disponível para a sua conta',
  'error.forbidden.next_step': 'Confira se você entrou com a conta usada na compra.',
  'error.not_found.title': 'Não encontramos o que você procura',
  'error.not_found.next_step': 'Confira o link ou o número e se você entrou com a conta certa.',
  'error.in_progress.title': 'Ainda estamos processando sua última solicitação',
  'error.in_progress.next_step': 'Aguarde um instante e tente de novo.',
  'error.action_unavailable.title': 'Não é mais possível fazer isso neste pedido',
  'error.action_unavailable.next_step':
    'Recarregue a página para ver a situação atual do pedido e o que você pode fazer.',
  'error.rate_limited.title': 'Muitas tentativas',
  'error.rate_limited.next_step': 'Aguarde um minuto e tente de novo.',
  'error.server_error.title': 'Algo deu errado do nosso lado',
  'error.server_error.next_step':
    'Aguarde alguns minutos e tente de novo. Se continuar acontecendo, fale com o vendedor e informe o código do erro.',
  'error.unavailable.title': 'Este serviço não está disponível agora',
  'error.unavailable.next_step': 'O problema é do nosso lado. Aguarde alguns minutos e tente de novo.',
  'error.timeout.title': 'Isso está demorando demais',
  'error.timeout.next_step': 'Aguarde um instante e tente de novo.',
  'error.sign_in_failed.title': 'O e-mail ou a senha não estão certos',
  'error.sign_in_failed.next_step': 'Confira os dois e tente de novo.',
  'error.code_required.title': 'Digite seu código de verificação',
  'error.code_required.next_step': 'Abra seu app autenticador e digite o código que aparece.',
  'error.code_invalid.title': 'Esse código está errado ou expirou',
  'error.code_invalid.next_step': 'Digite o código mais recente do seu app autenticador.',
  'error.consent_required.title': 'Esta permissão é necessária para seus pedidos',
  'error.consent_required.next_step': 'Mantenha-a ativada enquanto tiver pedidos em andamento.',
  'error.erasure_blocked.title': 'Ainda não é possível apagar seus dados',
  'error.erasure_blocked.next_step':
    'Um pedido ou caso em aberto ainda precisa deles. Tente de novo quando ele for encerrado.',
  'error.gone.title': 'Isso não está mais disponível',
  'error.gone.next_step': 'Peça de novo para receber um novo.',
  'error.unexpected.title': 'Algo deu errado',
  'error.unexpected.next_step':
    'Tente de novo. Se continuar acontecendo, fale com o vendedor e informe o código do erro.',
} as const satisfies CompleteCatalog<'errors'>;

export default ptBR;
