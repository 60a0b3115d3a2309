import type { CompleteCatalog } from '../../catalog.js';

/** Polish, with the informal “Ty” as Polish shops (Allegro, Shopify) address buyers; plural forms one, few, many, other. */
const pl = {
  'payments.declined.title': 'Płatność została odrzucona',
  'payments.decline.generic_decline': 'Twój bank odrzucił płatność bez podania przyczyny.',
  'payments.decline.insufficient_funds': 'Na karcie brakuje środków na tę płatność.',
  'payments.decline.expired_card': 'Karta straciła ważność.',
  'payments.decline.incorrect_cvc': 'Kod zabezpieczający (CVC) nie pasuje do karty.',
  'payments.decline.processing_error': 'Podczas przetwarzania karty coś poszło nie tak.',
  'payments.decline.authentication_failed': 'Nie udało się potwierdzić, że to Twoja płatność.',
  'payments.decline.card_velocity_exceeded': 'Karta osiągnęła na razie limit wydatków.',
  'payments.next_step.use_another_card': 'Użyj innej karty lub metody płatności.',
  'payments.next_step.check_details':
    'Sprawdź numer karty, datę ważności i kod zabezpieczający, a potem spróbuj ponownie.',
  'payments.next_step.contact_bank': 'Skontaktuj się z bankiem albo użyj innej karty.',
  'payments.next_step.try_again': 'Poczekaj chwilę i spróbuj ponownie.',
  'payments.not_charged': 'Nie pobraliśmy od Ciebie pieniędzy.',
  'payments.failed.title': 'Nie udało się zrealizować tej płatności',
  'payments.review.title': 'Sprawdzamy Twoje zamówienie',
  'payments.review.body':
    'Zamówienie {number} jest wstrzymane, dopóki sprawdzamy płatność. Wkrótce napiszemy do Ciebie e-mail, a pieniądze nie zostaną pobrane dwa razy.',
} as const satisfies CompleteCatalog<'payments'>;

export default pl;
