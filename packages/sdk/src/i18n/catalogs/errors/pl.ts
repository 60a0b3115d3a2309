import type { CompleteCatalog } from '../../catalog.js';

/** Polish, with the informal “Ty” as Polish shops (Allegro, Shopify) address buyers; plural forms one, few, many, other. */
const pl = {
  'error.request_invalid.title': 'Coś na tej stronie nie zadziałało',
  'error.request_invalid.next_step':
    'Odśwież stronę i spróbuj ponownie. Jeśli to się powtarza, skontaktuj się ze sprzedawcą i podaj kod błędu.',
  'error.validation_failed.title': 'Brakuje niektórych danych albo są nieprawidłowe',
  'error.validation_failed.next_step': 'Sprawdź zaznaczone pola i spróbuj ponownie.',
  'error.payload_too_large.title': 'To, co wysyłasz, jest za duże',
  'error.payload_too_large.next_step': 'Wyślij mniej plików albo mniejsze pliki i spróbuj ponownie.',
  'error.unauthenticated.title': 'Twoja sesja wygasła',
  'error.unauthenticated.next_step': 'Zaloguj się ponownie w tym serwisie i odśwież stronę.',
  'error.forbidden.title': 'To nie jest dostępne dla Twojego konta',
  'error.forbidden.next_step': 'Upewnij się, że logujesz się na konto, z którego złożono zamówienie.',
  'error.not_found.title': 'Nie możemy znaleźć tego, czego szukasz',
  'error.not_found.next_step': 'Sprawdź link lub numer i upewnij się, że logujesz się na właściwe konto.',
  'error.in_progress.title': 'Wciąż realizujemy Twoje poprzednie żądanie',
  'error.in_progress.next_step': 'Poczekaj chwilę i spróbuj ponownie.',
  'error.action_unavailable.title': 'Tego nie można już zrobić dla tego zamówienia',
  'error.action_unavailable.next_step':
    'Odśwież stronę, żeby zobaczyć aktualny status zamówienia i to, co możesz teraz zrobić.',
  'error.rate_limited.title': 'Zbyt wiele prób',
  'error.rate_limited.next_step': 'Poczekaj minutę i spróbuj ponownie.',
  'error.server_error.title': 'Coś poszło nie tak po naszej stronie',
  'error.server_error.next_step':
    'Poczekaj kilka minut i spróbuj ponownie. Jeśli to się powtarza, skontaktuj się ze sprzedawcą i podaj kod błędu.',
  'error.unavailable.title': 'Ta usługa jest teraz niedostępna',
  'error.unavailable.next_step': 'To problem po naszej stronie. Poczekaj kilka minut i spróbuj ponownie.',
  'error.timeout.title': 'To trwa zbyt długo',
  'error.timeout.next_step': 'Poczekaj chwilę i spróbuj ponownie.',
  'error.sign_in_failed.title': 'Adres e-mail lub hasło są nieprawidłowe',
  'error.sign_in_failed.next_step': 'Sprawdź oba i spróbuj ponownie.',
  'error.code_required.title': 'Wpisz kod weryfikacyjny',
  'error.code_required.next_step': 'Otwórz aplikację uwierzytelniającą i wpisz wyświetlony w niej kod.',
  'error.code_invalid.title': 'Ten kod jest nieprawidłowy lub wygasł',
  'error.code_invalid.next_step': 'Wpisz najnowszy kod z aplikacji uwierzytelniającej.',
  'error.consent_required.title': 'Ta zgoda jest potrzebna do realizacji zamówień',
  'error.consent_required.next_step': 'Pozostaw ją włączoną, dopóki masz zamówienia w realizacji.',
  'error.erasure_blocked.title': 'Nie możemy jeszcze usunąć Twoich danych',
  'error.erasure_blocked.next_step':
    'Otwarte zamówienie lub sprawa nadal ich potrzebuje. Spróbuj ponownie po jej zamknięciu.',
  'error.gone.title': 'To nie jest już dostępne',
  'error.gone.next_step': 'Poproś o to ponownie, żeby dostać nowe.',
  'error.unexpected.title': 'Coś poszło nie tak',
  'error.unexpected.next_step':
    'Spróbuj ponownie. Jeśli to się powtarza, skontaktuj się ze sprzedawcą i podaj kod błędu.',
} as const satisfies CompleteCatalog<'errors'>;

export default pl;
