import type { CompleteCatalog } from '../../catalog.js';

const ro = {
  'payments.declined.title': 'Plata a fost refuzată',
  'payments.decline.generic_decline': 'Banca dvs. a refuzat plata fără să precizeze motivul.',
  'payments.decline.insufficient_funds': 'Pe card nu sunt suficienți bani pentru această plată.',
  'payments.decline.expired_card': 'Cardul a expirat.',
  'payments.decline.incorrect_cvc': 'Codul de securitate (CVC) nu corespunde cardului.',
  'payments.decline.processing_error': 'A apărut o problemă la procesarea cardului.',
  'payments.decline.authentication_failed': 'Nu am putut confirma că această plată vă aparține.',
  'payments.decline.card_velocity_exceeded': 'Cardul a atins deocamdată limita de cheltuieli.',
  'payments.next_step.use_another_card': 'Folosiți alt card sau altă metodă de plată.',
  'payments.next_step.check_details':
    'Verificați numărul cardului, data expirării și codul de securitate, apoi încercați din nou.',
  'payments.next_step.contact_bank': 'Contactați banca sau folosiți alt card.',
  'payments.next_step.try_again': 'Așteptați puțin, apoi încercați din nou.',
  'payments.not_charged': 'Nu vi s-a perceput nicio sumă.',
  'payments.failed.title': 'Această plată nu a putut fi finalizată',
  'payments.review.title': 'Vă verificăm comanda',
  'payments.review.body':
    'Comanda {number} este în așteptare cât verificăm plata. Vă scriem în curând și nu veți plăti de două ori.',
} as const satisfies CompleteCatalog<'payments'>;

export default ro;
