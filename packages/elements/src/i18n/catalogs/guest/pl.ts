import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Polish, with the informal “Ty” as Polish shops (Allegro, Shopify) address buyers; plural forms one, few, many, other. */
const pl = {
  'guest.email.heading': 'Twój adres e-mail',
  'guest.email.label': 'Adres e-mail',
  'guest.email.hint': 'Wyślemy tu potwierdzenie zamówienia z linkiem do jego śledzenia.',
  'guest.email.required': 'Wpisz adres e-mail.',
  'guest.email.invalid': 'Wpisz adres e-mail, np. jan@przyklad.pl.',
  'guest.continue': 'Przejdź do adresu',
  'guest.starting': 'Uruchamiamy kasę…',
  'guest.failed': 'Nie udało się uruchomić kasy.',
  'guest.not_set_up': 'Kasa nie jest jeszcze skonfigurowana na tej stronie. Skontaktuj się ze sprzedawcą.',
} as const satisfies CompleteCatalog<'guest'>;

export default pl;
