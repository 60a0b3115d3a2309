import type { CompleteCatalog } from '../../catalog.js';

const ptBR = {
  'payments.declined.title': 'Seu pagamento foi recusado',
  'payments.decline.generic_decline': 'Seu banco recusou o pagamento sem informar o motivo.',
  'payments.decline.insufficient_funds': 'O cartão não tem saldo suficiente para este pagamento.',
  'payments.decline.expired_card': 'O cartão está vencido.',
  'payments.decline.incorrect_cvc': 'O código de segurança (CVV) não confere com o cartão.',
  'payments.decline.processing_error': 'Algo deu errado ao processar o cartão.',
  'payments.decline.authentication_failed': 'Não conseguimos confirmar que este pagamento é seu.',
  'payments.decline.card_velocity_exceeded': 'O cartão atingiu o limite de gastos por enquanto.',
  'payments.next_step.use_another_card': 'Use outro cartão ou outra forma de pagamento.',
  'payments.next_step.check_details': 'Confira o número do cartão, a validade e o código de segurança e tente de novo.',
  'payments.next_step.contact_bank': 'Fale com seu banco ou use outro cartão.',
  'payments.next_step.try_again': 'Aguarde um momento e tente de novo.',
  'payments.not_charged': 'Nenhum valor foi cobrado.',
  'payments.failed.title': 'Não foi possível concluir este pagamento',
  'payments.review.title': 'Estamos verificando seu pedido',
  'payments.review.body':
    'O pedido {number} está em espera enquanto verificamos o pagamento. Vamos mandar um e-mail em breve, e você não será cobrado duas vezes.',
} as const satisfies CompleteCatalog<'payments'>;

export default ptBR;
