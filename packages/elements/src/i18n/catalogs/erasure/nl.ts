import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Dutch, with “je” as Dutch shops and payment services (bol.com, Shopify, Stripe) address buyers. */
const nl = {
  'erasure.blocked_heading': 'Je kunt je gegevens nog niet verwijderen',
  'erasure.blocker.open_orders': {
    one: 'Je hebt {count} bestelling die nog niet is afgerond.',
    other: 'Je hebt {count} bestellingen die nog niet zijn afgerond.',
  },
  'erasure.blocker.open_orders.next_step':
    'Annuleer de bestellingen waarbij dat kan, of wacht tot ze zijn bezorgd, en kom dan hier terug.',
  'erasure.blocker.open_refunds': {
    one: 'Je hebt {count} lopende terugbetaling.',
    other: 'Je hebt {count} lopende terugbetalingen.',
  },
  'erasure.blocker.open_refunds.next_step': 'Wacht tot je terugbetaling is afgerond en kom dan hier terug.',
  'erasure.blocker.open_disputes': {
    one: 'Je hebt {count} open geschil.',
    other: 'Je hebt {count} open geschillen.',
  },
  'erasure.blocker.open_disputes.next_step': 'Wacht op de beslissing of sluit het geschil, en kom dan hier terug.',
  'erasure.records': 'Bestellingen',
  'erasure.confirm_heading': 'Je gegevens definitief verwijderen?',
  'erasure.confirm_text': 'We verwijderen je persoonsgegevens meteen en loggen je uit. We kunnen ze niet terughalen.',
  'erasure.understand': 'Ik begrijp dat dit niet ongedaan kan worden gemaakt',
  'erasure.understand_required': 'Vink het vakje aan om te bevestigen dat je het begrijpt.',
  'erasure.confirm': 'Mijn gegevens definitief verwijderen',
  'erasure.erasing': 'Je gegevens worden verwijderd…',
  'erasure.cancel': 'Annuleren',
  'erasure.cancelled': 'Er is niets verwijderd.',
  'erasure.cancel_order': 'Bestelling {number} annuleren',
  'erasure.cancelling': 'Bezig met annuleren…',
  'erasure.order_cancelled': 'Bestelling {number} is geannuleerd.',
} as const satisfies CompleteCatalog<'erasure'>;

export default nl;
