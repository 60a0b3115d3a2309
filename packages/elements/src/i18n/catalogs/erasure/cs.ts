import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The privacy centre in Czech (formal vy). */
const cs = {
  'erasure.blocked_heading': 'Své údaje zatím nemůžete smazat',
  'erasure.blocker.open_orders': {
    one: 'Máte {count} objednávku, která ještě není dokončená.',
    few: 'Máte {count} objednávky, které ještě nejsou dokončené.',
    many: 'Máte {count} objednávky, které ještě nejsou dokončené.',
    other: 'Máte {count} objednávek, které ještě nejsou dokončené.',
  },
  'erasure.blocker.open_orders.next_step':
    'Zrušte objednávky, u kterých to jde, nebo počkejte na jejich doručení, a pak se sem vraťte.',
  'erasure.blocker.open_refunds': {
    one: 'Probíhá {count} vrácení peněz.',
    few: 'Probíhají {count} vrácení peněz.',
    many: 'Probíhá {count} vrácení peněz.',
    other: 'Probíhá {count} vrácení peněz.',
  },
  'erasure.blocker.open_refunds.next_step': 'Počkejte, až bude vrácení peněz dokončeno, a pak se sem vraťte.',
  'erasure.blocker.open_disputes': {
    one: 'Máte {count} otevřený spor.',
    few: 'Máte {count} otevřené spory.',
    many: 'Máte {count} otevřeného sporu.',
    other: 'Máte {count} otevřených sporů.',
  },
  'erasure.blocker.open_disputes.next_step': 'Počkejte na rozhodnutí nebo spor uzavřete, a pak se sem vraťte.',
  'erasure.records': 'Objednávky',
  'erasure.confirm_heading': 'Smazat vaše údaje natrvalo?',
  'erasure.confirm_text': 'Vaše osobní údaje okamžitě smažeme a odhlásíme vás. Obnovit je už nebude možné.',
  'erasure.understand': 'Rozumím, že tuto akci nelze vrátit zpět',
  'erasure.understand_required': 'Zaškrtnutím políčka potvrďte, že tomu rozumíte.',
  'erasure.confirm': 'Trvale smazat moje údaje',
  'erasure.erasing': 'Mažeme vaše údaje…',
  'erasure.cancel': 'Zrušit',
  'erasure.cancelled': 'Nic nebylo smazáno.',
  'erasure.cancel_order': 'Zrušit objednávku {number}',
  'erasure.cancelling': 'Rušíme…',
  'erasure.order_cancelled': 'Objednávka {number} je zrušena.',
} as const satisfies CompleteCatalog<'erasure'>;

export default cs;
