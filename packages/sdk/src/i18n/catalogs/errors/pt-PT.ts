import type { CompleteCatalog } from '../../catalog.js';

/** European Portuguese, addressing the buyer in the third person (“a sua encomenda”), as Portuguese shops do; a full catalog rather than a variant of pt-BR, as nearly every message differs (encomenda, a + infinitive, seguimento). */
const ptPT = {
  'error.request_invalid.title': 'Algo nesta página não funcionou',
  'error.request_invalid.next_step':
    'Recarregue a página e tente novamente. Se continuar a acontecer, contacte o vendedor e indique o código de erro.',
  'error.validation_failed.title': 'Faltam alguns dados ou não são válidos',
  'error.validation_failed.next_step': 'Verifique os campos assinalados e tente novamente.',
  'error.payload_too_large.title': 'O que enviou é demasiado grande',
  'error.payload_too_large.next_step': 'Envie menos ficheiros ou ficheiros mais pequenos e tente novamente.',
  'error.unauthenticated.title': 'A sua sessão terminou',
  'error.unauthenticated.next_step': 'Inicie sessão novamente neste site e recarregue a página.',
  'error.forbidden.title': 'Isto não está disponível para a sua conta',
  'error.forbidden.next_step': 'Confirme que iniciou sessão com a conta com que fez a encomenda.',
  'error.not_found.title': 'Não encontramos o que procura',
  'error.not_found.next_step': 'Verifique a ligação ou o número e confirme que iniciou sessão com a conta certa.',
  'error.in_progress.title': 'Ainda estamos a tratar do seu último pedido',
  'error.in_progress.next_step': 'Aguarde um momento e tente novamente.',
  'error.action_unavailable.title': 'Isto já não pode ser feito para esta encomenda',
  'error.action_unavailable.next_step':
    'Recarregue a página para ver o estado atual da encomenda e o que pode fazer agora.',
  'error.rate_limited.title': 'Demasiadas tentativas',
  'error.rate_limited.next_step': 'Aguarde um minuto e tente novamente.',
  'error.server_error.title': 'Algo correu mal do nosso lado',
  'error.server_error.next_step':
    'Aguarde alguns minutos e tente novamente. Se continuar a acontecer, contacte o vendedor e indique o código de erro.',
  'error.unavailable.title': 'Este serviço não está disponível de momento',
  'error.unavailable.next_step': 'O problema é do nosso lado. Aguarde alguns minutos e tente novamente.',
  'error.timeout.title': 'Isto está a demorar demasiado',
  'error.timeout.next_step': 'Aguarde um momento e tente novamente.',
  'error.sign_in_failed.title': 'O e-mail ou a palavra-passe não estão corretos',
  'error.sign_in_failed.next_step': 'Verifique ambos e tente novamente.',
  'error.code_required.title': 'Introduza o seu código de verificação',
  'error.code_required.next_step': 'Abra a sua aplicação de autenticação e introduza o código apresentado.',
  'error.code_invalid.title': 'Esse código não está correto ou expirou',
  'error.code_invalid.next_step': 'Introduza o código mais recente da sua aplicação de autenticação.',
  'error.consent_required.title': 'Esta autorização é necessária para as suas encomendas',
  'error.consent_required.next_step': 'Mantenha-a ativada enquanto tiver encomendas em curso.',
  'error.erasure_blocked.title': 'Ainda não é possível eliminar os seus dados',
  'error.erasure_blocked.next_step':
    'Uma encomenda ou um caso em aberto ainda precisa deles. Tente novamente quando estiver encerrado.',
  'error.gone.title': 'Isto já não está disponível',
  'error.gone.next_step': 'Peça-o novamente para receber um novo.',
  'error.unexpected.title': 'Algo correu mal',
  'error.unexpected.next_step':
    'Tente novamente. Se continuar a acontecer, contacte o vendedor e indique o código de erro.',
} as const satisfies CompleteCatalog<'errors'>;

export default ptPT;
