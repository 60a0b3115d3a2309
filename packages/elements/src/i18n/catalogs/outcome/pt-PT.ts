import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** European Portuguese, addressing the buyer in the third person (“a sua encomenda”), as Portuguese shops do; a full catalog rather than a variant of pt-BR, as nearly every message differs (encomenda, a + infinitive, seguimento). */
const ptPT = {
  'outcome.declined.heading': 'O seu pagamento não foi aceite',
  'outcome.declined.kept':
    'Tudo o resto que introduziu continua aqui. Só precisa de voltar a introduzir os dados do cartão.',
  'outcome.challenge.heading': 'Confirme que é você',
  'outcome.challenge.code': 'Código de verificação',
  'outcome.challenge.code_hint': 'Pode colar o código. Expira às {time}.',
  'outcome.challenge.verify': 'Verificar e pagar',
  'outcome.challenge.resend': 'Enviar um novo código',
  'outcome.challenge.resend_wait': 'Pode pedir um novo código dentro de {seconds} s.',
  'outcome.challenge.resent': 'Enviámos um novo código. Só o código mais recente funciona.',
  'outcome.challenge.attempts_left': 'Tentativas restantes: {count}',
  'outcome.challenge.required': 'Introduza o código de 6 dígitos que lhe enviámos.',
  'outcome.challenge.format': 'O código tem 6 dígitos. Verifique-o e introduza-o novamente.',
  'outcome.challenge.wrong': 'Esse código não está correto. Veja a mensagem mais recente e tente novamente.',
  'outcome.challenge.expired': 'Este código expirou. Peça um novo código e introduza-o.',
  'outcome.challenge.locked':
    'Demasiados códigos errados, por isso parámos este pagamento para o proteger. Escolha outra forma de pagamento ou tente mais tarde.',
  'outcome.challenge.verifying': 'A verificar o código…',
  'outcome.wallet.returned': 'Bem-vindo de volta. Estamos a confirmar o seu pagamento TxPay…',
  'outcome.wallet.cancelled': 'Saiu da TxPay sem pagar. Escolha como quer pagar e tente novamente.',
  'outcome.on_hold.heading': 'A sua encomenda foi feita e aguarda uma verificação rápida',
  'outcome.on_hold.body':
    'Estamos a verificar este pagamento antes de a sua encomenda ser preparada. Não precisa de fazer nada: enviamos-lhe um e-mail quando estiver concluído, normalmente dentro de um dia.',
  'outcome.confirmation.heading': 'Obrigado, a sua encomenda foi feita',
  'outcome.confirmation.number': 'Número da encomenda: {number}',
  'outcome.confirmation.paid': 'Pagou {total} com {method}',
  'outcome.confirmation.cod_due': 'Tenha {total} pronto para o estafeta.',
  'outcome.confirmation.track': 'Seguir a encomenda',
  'outcome.confirmation.next_heading': 'O que acontece a seguir',
  'outcome.confirmation.next':
    'O vendedor vai agora preparar a sua encomenda. Avisamos quando estiver a caminho, e pode segui-la a qualquer momento com o número da encomenda.',
  'outcome.failure.network':
    'Não conseguimos contactar a loja. Verifique a sua ligação e tente novamente. Não será cobrado duas vezes.',
  'outcome.failure.generic':
    'Algo correu mal do nosso lado. Tente novamente dentro de momentos; não será cobrado duas vezes.',
} as const satisfies CompleteCatalog<'outcome'>;

export default ptPT;
