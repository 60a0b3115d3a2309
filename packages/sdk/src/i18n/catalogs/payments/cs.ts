import type { CompleteCatalog } from '../../catalog.js';

/** Payment outcomes and decline guidance in Czech. */
const cs = {
  'payments.declined.title': 'Vaše platba byla zamítnuta',
  'payments.decline.generic_decline': 'Vaše banka platbu zamítla bez udání důvodu.',
  'payments.decline.insufficient_funds': 'Na kartě není dost prostředků na tuto platbu.',
  'payments.decline.expired_card': 'Platnost karty vypršela.',
  'payments.decline.incorrect_cvc': 'Bezpečnostní kód (CVC) neodpovídá kartě.',
  'payments.decline.processing_error': 'Při zpracování karty se něco pokazilo.',
  'payments.decline.authentication_failed': 'Nepodařilo se ověřit, že platbu provádíte vy.',
  'payments.decline.card_velocity_exceeded': 'Karta teď dosáhla svého limitu útraty.',
  'payments.next_step.use_another_card': 'Použijte jinou kartu nebo jiný způsob platby.',
  'payments.next_step.check_details': 'Zkontrolujte číslo karty, platnost a bezpečnostní kód a zkuste to znovu.',
  'payments.next_step.contact_bank': 'Obraťte se na svou banku nebo použijte jinou kartu.',
  'payments.next_step.try_again': 'Chvíli počkejte a zkuste to znovu.',
  'payments.not_charged': 'Nebyly vám strženy žádné peníze.',
  'payments.failed.title': 'Tuto platbu se nepodařilo dokončit',
  'payments.review.title': 'Kontrolujeme vaši objednávku',
  'payments.review.body':
    'Objednávka {number} je pozastavená, dokud platbu nezkontrolujeme. Brzy vám pošleme e-mail a peníze vám nestrhneme dvakrát.',
} as const satisfies CompleteCatalog<'payments'>;

export default cs;
