import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The privacy centre in Swedish (du). */
const sv = {
  'erasure.blocked_heading': 'Du kan inte radera dina uppgifter än',
  'erasure.blocker.open_orders': {
    one: 'Du har {count} beställning som inte är avslutad än.',
    other: 'Du har {count} beställningar som inte är avslutade än.',
  },
  'erasure.blocker.open_orders.next_step':
    'Avbryt de beställningar som går att avbryta, eller vänta tills de har levererats, och kom sedan tillbaka hit.',
  'erasure.blocker.open_refunds': {
    one: 'Du har {count} återbetalning som pågår.',
    other: 'Du har {count} återbetalningar som pågår.',
  },
  'erasure.blocker.open_refunds.next_step': 'Vänta tills din återbetalning är klar och kom sedan tillbaka hit.',
  'erasure.blocker.open_disputes': {
    one: 'Du har {count} öppen tvist.',
    other: 'Du har {count} öppna tvister.',
  },
  'erasure.blocker.open_disputes.next_step': 'Vänta på beslutet, eller avsluta tvisten, och kom sedan tillbaka hit.',
  'erasure.records': 'Beställningar',
  'erasure.confirm_heading': 'Radera dina uppgifter för gott?',
  'erasure.confirm_text': 'Vi raderar dina personuppgifter direkt och loggar ut dig. Vi kan inte få tillbaka dem.',
  'erasure.understand': 'Jag förstår att det inte går att ångra',
  'erasure.understand_required': 'Kryssa i rutan för att bekräfta att du förstår.',
  'erasure.confirm': 'Radera mina uppgifter permanent',
  'erasure.erasing': 'Raderar dina uppgifter…',
  'erasure.cancel': 'Avbryt',
  'erasure.cancelled': 'Inget har raderats.',
  'erasure.cancel_order': 'Avbryt beställning {number}',
  'erasure.cancelling': 'Avbryter…',
  'erasure.order_cancelled': 'Beställning {number} har avbrutits.',
} as const satisfies CompleteCatalog<'erasure'>;

export default sv;
