import type { CompleteCatalog } from '../../catalog.js';

const ca = {
  'payments.declined.title': 'S’ha rebutjat el pagament',
  'payments.decline.generic_decline': 'El teu banc ha rebutjat el pagament sense indicar-ne el motiu.',
  'payments.decline.insufficient_funds': 'La targeta no té prou saldo per a aquest pagament.',
  'payments.decline.expired_card': 'La targeta ha caducat.',
  'payments.decline.incorrect_cvc': 'El codi de seguretat (CVC) no coincideix amb la targeta.',
  'payments.decline.processing_error': 'Alguna cosa ha fallat en processar la targeta.',
  'payments.decline.authentication_failed': 'No hem pogut verificar que aquest pagament és teu.',
  'payments.decline.card_velocity_exceeded': 'La targeta ha arribat al límit de despesa de moment.',
  'payments.next_step.use_another_card': 'Fes servir una altra targeta o un altre mitjà de pagament.',
  'payments.next_step.check_details':
    'Comprova el número de targeta, la data de caducitat i el codi de seguretat i torna-ho a provar.',
  'payments.next_step.contact_bank': 'Contacta amb el teu banc o fes servir una altra targeta.',
  'payments.next_step.try_again': 'Espera un moment i torna-ho a provar.',
  'payments.not_charged': 'No se t’ha cobrat res.',
  'payments.failed.title': 'No s’ha pogut completar aquest pagament',
  'payments.review.title': 'Estem revisant la teva comanda',
  'payments.review.body':
    'La comanda {number} està en espera mentre revisem el pagament. T’enviarem un correu aviat i no se’t cobrarà dues vegades.',
} as const satisfies CompleteCatalog<'payments'>;

export default ca;
