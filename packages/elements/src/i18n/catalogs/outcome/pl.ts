import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Polish, with the informal “Ty” as Polish shops (Allegro, Shopify) address buyers; plural forms one, few, many, other. */
const pl = {
  'outcome.declined.heading': 'Płatność nie przeszła',
  'outcome.declined.kept': 'Wszystko, co już wpisałeś, zostało zachowane. Wpisz ponownie tylko dane karty.',
  'outcome.challenge.heading': 'Potwierdź, że to Ty',
  'outcome.challenge.code': 'Kod weryfikacyjny',
  'outcome.challenge.code_hint': 'Możesz wkleić kod. Wygasa o {time}.',
  'outcome.challenge.verify': 'Potwierdź i zapłać',
  'outcome.challenge.resend': 'Wyślij nowy kod',
  'outcome.challenge.resend_wait': 'Nowy kod możesz zamówić za {seconds} s.',
  'outcome.challenge.resent': 'Wysłaliśmy nowy kod. Działa tylko najnowszy kod.',
  'outcome.challenge.attempts_left': 'Pozostałe próby: {count}',
  'outcome.challenge.required': 'Wpisz 6-cyfrowy kod, który Ci wysłaliśmy.',
  'outcome.challenge.format': 'Kod ma 6 cyfr. Sprawdź go i wpisz ponownie.',
  'outcome.challenge.wrong': 'Ten kod jest nieprawidłowy. Sprawdź najnowszą wiadomość i spróbuj ponownie.',
  'outcome.challenge.expired': 'Ten kod wygasł. Wyślij nowy kod i go wpisz.',
  'outcome.challenge.locked':
    'Zbyt wiele błędnych kodów, więc dla Twojego bezpieczeństwa zatrzymaliśmy tę płatność. Wybierz inny sposób płatności albo spróbuj później.',
  'outcome.challenge.verifying': 'Sprawdzamy kod…',
  'outcome.wallet.returned': 'Witaj ponownie. Potwierdzamy Twoją płatność TxPay…',
  'outcome.wallet.cancelled': 'Opuściłeś TxPay bez płacenia. Wybierz sposób płatności i spróbuj ponownie.',
  'outcome.on_hold.heading': 'Zamówienie złożone, czeka na krótką weryfikację',
  'outcome.on_hold.body':
    'Sprawdzamy tę płatność, zanim zamówienie zostanie przygotowane. Nie musisz nic robić: napiszemy do Ciebie e-mail, gdy skończymy, zwykle w ciągu doby.',
  'outcome.confirmation.heading': 'Dziękujemy, zamówienie zostało złożone',
  'outcome.confirmation.number': 'Numer zamówienia: {number}',
  'outcome.confirmation.paid': 'Zapłacono {total}: {method}',
  'outcome.confirmation.cod_due': 'Przygotuj {total} dla kuriera.',
  'outcome.confirmation.track': 'Śledź zamówienie',
  'outcome.confirmation.next_heading': 'Co dalej',
  'outcome.confirmation.next':
    'Sprzedawca przygotowuje teraz Twoje zamówienie. Damy Ci znać, gdy będzie w drodze, a w każdej chwili możesz je śledzić po numerze zamówienia.',
  'outcome.failure.network':
    'Nie udało się połączyć ze sklepem. Sprawdź połączenie i spróbuj ponownie. Pieniądze nie zostaną pobrane dwa razy.',
  'outcome.failure.generic':
    'Coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę; pieniądze nie zostaną pobrane dwa razy.',
} as const satisfies CompleteCatalog<'outcome'>;

export default pl;
