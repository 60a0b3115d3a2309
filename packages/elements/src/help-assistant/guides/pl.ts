import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in Polish. */
export default {
  payment_method: {
    title: 'Dodaj lub zmień metodę płatności',
    keywords: 'karta kredytowa debetowa portfel płacić płatność odrzucona zapisana karta BLIK',
    steps: [
      'Otwórz kasę i przejdź do kroku Płatność (jeśli masz go już za sobą, wybierz Zmień).',
      'Wybierz zapisaną kartę, wpisz nową kartę, zapłać portfelem TxPay albo wybierz płatność przy odbiorze, jeśli jest dostępna. Karty, która straciła ważność, nie można wybrać.',
      'Przejdź do kroku Sprawdź i zapłać i wybierz Zamawiam i płacę.',
      'Jeśli płatność została odrzucona, wybierz Spróbuj innej karty w Pomocy: Twój adres i wybrana dostawa zostaną zachowane.',
    ],
  },
  track_parcel: {
    title: 'Śledź paczkę',
    keywords:
      'dostawa przesyłka wysyłka paczka numer przesyłki przewoźnik kurier gdzie jest moje zamówienie opóźnienie',
    steps: [
      'Otwórz swoje zamówienia i wybierz zamówienie.',
      'Przy każdej paczce widać jej status, przewidywany termin dostawy, przewoźnika i numer przesyłki (Kopiuj go kopiuje).',
      'Wybierz Pokaż wszystkie informacje, żeby zobaczyć wszystkie informacje od przewoźnika, od najnowszych.',
      'Jeśli paczka się spóźnia lub ma problem, wybierz Skontaktuj się ze sprzedawcą, Zgłoś brak dostawy albo Uzyskaj pomoc.',
    ],
  },
  request_refund: {
    title: 'Poproś o zwrot pieniędzy',
    keywords: 'zwrot pieniędzy zwrot środków zwrócić zwróć pieniądze anulować',
    steps: [
      'Otwórz zamówienie i wybierz Poproś o zwrot pieniędzy. Strona pokazuje, do kiedy możesz o to poprosić.',
      'Wybierz Zwrot pieniędzy, zaznacz produkty i ilości i podaj powód (uwaga jest opcjonalna).',
      'Sprawdź kwotę i wyślij prośbę. Sprzedawca musi odpowiedzieć do podanej daty; jeśli tego nie zrobi, prośba zostanie zaakceptowana.',
      'Śledź prośbę na tej samej stronie: przyjmij lub odrzuć propozycję częściowego zwrotu albo anuluj prośbę, dopóki to możliwe.',
    ],
  },
  start_return: {
    title: 'Odeślij produkt',
    keywords: 'odesłanie odeślij oddać wymiana nowy produkt etykieta zwrot towaru',
    steps: [
      'Otwórz zamówienie, wybierz Poproś o zwrot pieniędzy, a potem Odesłanie i zwrot pieniędzy (lub Wymiana na nowy).',
      'Zaznacz produkty i ilości, podaj powód i wyślij prośbę.',
      'Gdy sprzedawca się zgodzi, pojawi się etykieta zwrotna z przewoźnikiem, numerem przesyłki i terminem wysyłki.',
      'Nadaj paczkę i wybierz Wysłałem. Zwrot pieniędzy nastąpi, gdy sprzedawca odbierze przesyłkę.',
    ],
  },
  open_dispute: {
    title: 'Otwórz spór',
    keywords: 'spór reklamacja skarga problem nie dotarło uszkodzone inny produkt sprawa roszczenie',
    steps: [
      'Otwórz zamówienie i wybierz Zgłoś problem.',
      'Wybierz powód i produkty, opisz, co się stało, i napisz, czego oczekujesz: zwrotu pieniędzy, wymiany na nowy albo odesłania produktu i zwrotu pieniędzy.',
      'Dodaj zdjęcia lub dokumenty, jeśli je masz, i wyślij. Jeśli wyjdziesz, wersja robocza zostanie zachowana na tym urządzeniu.',
      'Śledź sprawę: odpowiedz na propozycję sprzedawcy, odpisuj na wiadomości i wybierz Poproś nasz zespół o decyzję, gdy będzie dostępne.',
    ],
  },
  notifications: {
    title: 'Zarządzaj powiadomieniami',
    keywords: 'powiadomienia e-mail sms wiadomości alerty ustawienia wypisz się',
    steps: [
      'Otwórz swoje zamówienia i wybierz kartę Ustawienia powiadomień.',
      'Każdy rodzaj wiadomości ma przełącznik dla każdego kanału, na przykład e-maila lub SMS-a.',
      'Włącz lub wyłącz przełącznik: zmiana zapisuje się od razu.',
    ],
  },
  your_data: {
    title: 'Pobierz lub usuń swoje dane',
    keywords: 'prywatność dane osobowe eksport usuń skasuj konto RODO',
    steps: [
      'Otwórz Prywatność i wybierz Pobierz moje dane. Plik zostanie dla Ciebie przygotowany; pobierz go, gdy będzie gotowy.',
      'Aby usunąć dane, wybierz Usuń moje dane. Zobaczysz, co zostanie usunięte, a co i dlaczego musimy zachować zgodnie z prawem.',
      'Otwarte zamówienia, zwroty i spory muszą się najpierw zakończyć; nieopłacone zamówienie możesz anulować od razu w tym miejscu.',
      'Potwierdź, a Twoje dane zostaną usunięte.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Szukaj w poradnikach',
  search: 'Szukaj',
  list: 'Wszystkie poradniki',
  results: 'Poradniki pasujące do „{query}”:',
  found: 'Znalezione poradniki: {count}.',
  no_results:
    'Żaden poradnik nie pasuje do „{query}”. Spróbuj innych słów albo poproś konsultanta o pomoc. Jeśli strony się nie wczytują, sprawdź połączenie.',
  helpful: 'Czy to było pomocne?',
  yes: 'Tak',
  no: 'Nie',
  thanks: 'Dziękujemy za informację.',
  back: 'Wróć do poradników',
  video: 'Film: {title}',
  captions: 'Napisy',
  transcript: 'Transkrypcja',
  no_video: 'Ta przeglądarka nie może odtworzyć filmu. Poniższe kroki mówią to samo.',
} satisfies GuideWords;
