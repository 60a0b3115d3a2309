import type { CompleteCatalog } from '../../catalog.js';

const es = {
  'payments.declined.title': 'Se rechazó tu pago',
  'payments.decline.generic_decline': 'Tu banco rechazó el pago sin indicar el motivo.',
  'payments.decline.insufficient_funds': 'La tarjeta no tiene fondos suficientes para este pago.',
  'payments.decline.expired_card': 'La tarjeta está vencida.',
  'payments.decline.incorrect_cvc': 'El código de seguridad (CVC) no coincide con la tarjeta.',
  'payments.decline.processing_error': 'Algo salió mal al procesar la tarjeta.',
  'payments.decline.authentication_failed': 'No pudimos verificar que este pago sea tuyo.',
  'payments.decline.card_velocity_exceeded': 'La tarjeta alcanzó su límite de gasto por ahora.',
  'payments.next_step.use_another_card': 'Usa otra tarjeta u otro método de pago.',
  'payments.next_step.check_details':
    'Revisa el número de tarjeta, la fecha de vencimiento y el código de seguridad, y vuelve a intentarlo.',
  'payments.next_step.contact_bank': 'Comunícate con tu banco o usa otra tarjeta.',
  'payments.next_step.try_again': 'Espera un momento y vuelve a intentarlo.',
  'payments.not_charged': 'No se te ha cobrado nada.',
  'payments.failed.title': 'No se pudo completar este pago',
  'payments.review.title': 'Estamos revisando tu pedido',
  'payments.review.body':
    'El pedido {number} está en espera mientras revisamos el pago. Te escribiremos pronto y no se te cobrará dos veces.',
} as const satisfies CompleteCatalog<'payments'>;

export default es;
