// The storefront pages' own words: pl (keys as in en.js).
export default {
  'site.nav': 'Serwis',
  'nav.orders': 'Twoje zamówienia',
  'nav.account': 'Twoje konto',
  language: 'Język',
  'buyer.label': 'Kupujący demo',
  'buyer.option': '{name} (kupujący {n})',
  'buyer.switch': 'Zmień kupującego',
  'demo.heading': 'Wypróbuj na żywo',
  'demo.text':
    'Złóż zamówienie demo: symulowany przewoźnik przesuwa je o krok co kilka sekund, a moduł śledzenia aktualizuje się na bieżąco. Gdy zamówienie zostanie wysłane, e-mail pojawi się na stronie przechwytywania.',
  'demo.place': 'Złóż zamówienie demo',
  'demo.placing': 'Składamy zamówienie demo…',
  'demo.placed': 'Zamówienie {number} złożone i przekazane przewoźnikowi. Jego śledzenie jest pierwsze na liście.',
  'demo.failed': 'Nie udało się złożyć zamówienia demo. Sprawdź, czy API działa w trybie demo, i spróbuj ponownie.',
  'orders.loading': 'Wczytujemy Twoje zamówienia…',
  'orders.none': 'Nie masz jeszcze zamówień.',
  'orders.count': 'Wyświetlone zamówienia: {count}',
  'orders.failed': 'Nie udało się wczytać zamówień. Odśwież stronę, aby spróbować ponownie.',
  'dialog.close': 'Zamknij',
  'dialog.dispute': 'Zgłoś problem z zamówieniem',
  'dialog.contact': 'Skontaktuj się ze sprzedawcą',
  'dialog.refund': 'Poproś o zwrot pieniędzy, odesłanie lub wymianę',
  'dialog.help': 'Uzyskaj pomoc z zamówieniem',
  'dialog.disputeCase': 'Twoja sprawa',
  'dialog.refundCase': 'Twoja prośba o zwrot pieniędzy',
  'dialog.pay': 'Zapłać za zamówienie',
  'dialog.payNumber': 'Zapłać za zamówienie {number}',
  'dialog.helpText':
    'Wybierz, co pasuje najlepiej. Zgłoszenie problemu otwiera sprawę: tam rozmawiasz ze sprzedawcą, a nasz zespół może się włączyć.',
  'dialog.contactText':
    'Napisz do sprzedawcy w sprawie dotyczącej tego zamówienia: sprzedawca odpowie tam, a nasz zespół może się włączyć, jeśli się nie zgodzicie.',
};
