import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Polish, with the informal “Ty” as Polish shops (Allegro, Shopify) address buyers; plural forms one, few, many, other. */
const pl = {
  'erasure.blocked_heading': 'Nie możesz jeszcze usunąć swoich danych',
  'erasure.blocker.open_orders': {
    one: 'Masz {count} niezakończone zamówienie.',
    few: 'Masz {count} niezakończone zamówienia.',
    many: 'Masz {count} niezakończonych zamówień.',
    other: 'Masz {count} niezakończonego zamówienia.',
  },
  'erasure.blocker.open_orders.next_step':
    'Anuluj zamówienia, które można anulować, albo poczekaj na ich dostarczenie, a potem wróć tutaj.',
  'erasure.blocker.open_refunds': {
    one: 'Masz {count} zwrot w toku.',
    few: 'Masz {count} zwroty w toku.',
    many: 'Masz {count} zwrotów w toku.',
    other: 'Masz {count} zwrotu w toku.',
  },
  'erasure.blocker.open_refunds.next_step': 'Poczekaj, aż zwrot zostanie zakończony, a potem wróć tutaj.',
  'erasure.blocker.open_disputes': {
    one: 'Masz {count} otwarty spór.',
    few: 'Masz {count} otwarte spory.',
    many: 'Masz {count} otwartych sporów.',
    other: 'Masz {count} otwartego sporu.',
  },
  'erasure.blocker.open_disputes.next_step': 'Poczekaj na decyzję albo zamknij spór, a potem wróć tutaj.',
  'erasure.records': 'Zamówienia',
  'erasure.confirm_heading': 'Usunąć Twoje dane na zawsze?',
  'erasure.confirm_text': 'Od razu usuniemy Twoje dane osobowe i Cię wylogujemy. Nie będzie można ich przywrócić.',
  'erasure.understand': 'Rozumiem, że tego nie można cofnąć',
  'erasure.understand_required': 'Zaznacz pole, aby potwierdzić, że rozumiesz.',
  'erasure.confirm': 'Usuń moje dane na stałe',
  'erasure.erasing': 'Usuwamy Twoje dane…',
  'erasure.cancel': 'Anuluj',
  'erasure.cancelled': 'Nic nie zostało usunięte.',
  'erasure.cancel_order': 'Anuluj zamówienie {number}',
  'erasure.cancelling': 'Anulujemy…',
  'erasure.order_cancelled': 'Zamówienie {number} zostało anulowane.',
} as const satisfies CompleteCatalog<'erasure'>;

export default pl;
