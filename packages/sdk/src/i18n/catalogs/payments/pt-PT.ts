import type { CompleteCatalog } from '../../catalog.js';

/** European Portuguese, addressing the buyer in the third person (“a sua encomenda”), as Portuguese shops do; a full catalog rather than a variant of pt-BR, as nearly every message differs (encomenda, a + infinitive, seguimento). */
const ptPT = {
  'payments.declined.title': 'O seu pagamento foi recusado',
  'payments.decline.generic_decline': 'O seu banco recusou o pagamento sem indicar o motivo.',
  'payments.decline.insufficient_funds': 'O cartão não tem saldo suficiente para este pagamento.',
  'payments.decline.expired_card': 'O cartão expirou.',
  'payments.decline.incorrect_cvc': 'O código de segurança (CVC) não corresponde ao cartão.',
  'payments.decline.processing_error': 'Algo correu mal ao processar o cartão.',
  'payments.decline.authentication_failed': 'Não conseguimos confirmar que este pagamento é seu.',
  'payments.decline.card_velocity_exceeded': 'O cartão atingiu o limite de despesas por agora.',
  'payments.next_step.use_another_card': 'Utilize outro cartão ou método de pagamento.',
  'payments.next_step.check_details':
    'Verifique o número do cartão, a data de validade e o código de segurança e tente novamente.',
  'payments.next_step.contact_bank': 'Contacte o seu banco ou utilize outro cartão.',
  'payments.next_step.try_again': 'Aguarde um momento e tente novamente.',
  'payments.not_charged': 'Não foi feita qualquer cobrança.',
  'payments.failed.title': 'Não foi possível concluir este pagamento',
  'payments.review.title': 'Estamos a verificar a sua encomenda',
  'payments.review.body':
    'A encomenda {number} está em espera enquanto verificamos o pagamento. Enviaremos um e-mail em breve e não será cobrado duas vezes.',
} as const satisfies CompleteCatalog<'payments'>;

export default ptPT;
