import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The privacy centre in Danish (du). */
const da = {
  'erasure.blocked_heading': 'Du kan ikke slette dine data endnu',
  'erasure.blocker.open_orders': {
    one: 'Du har {count} ordre, der ikke er afsluttet endnu.',
    other: 'Du har {count} ordrer, der ikke er afsluttet endnu.',
  },
  'erasure.blocker.open_orders.next_step':
    'Annuller de ordrer, der kan annulleres, eller vent, til de er leveret, og kom så tilbage hertil.',
  'erasure.blocker.open_refunds': {
    one: 'Du har {count} refusion i gang.',
    other: 'Du har {count} refusioner i gang.',
  },
  'erasure.blocker.open_refunds.next_step': 'Vent, til din refusion er gennemført, og kom så tilbage hertil.',
  'erasure.blocker.open_disputes': {
    one: 'Du har {count} åben tvist.',
    other: 'Du har {count} åbne tvister.',
  },
  'erasure.blocker.open_disputes.next_step': 'Vent på afgørelsen, eller luk tvisten, og kom så tilbage hertil.',
  'erasure.records': 'Ordrer',
  'erasure.confirm_heading': 'Vil du slette dine data for altid?',
  'erasure.confirm_text': 'Vi sletter dine personoplysninger med det samme og logger dig ud. Vi kan ikke gendanne dem.',
  'erasure.understand': 'Jeg forstår, at det ikke kan fortrydes',
  'erasure.understand_required': 'Sæt flueben i feltet for at bekræfte, at du forstår det.',
  'erasure.confirm': 'Slet mine data permanent',
  'erasure.erasing': 'Sletter dine data…',
  'erasure.cancel': 'Annuller',
  'erasure.cancelled': 'Intet blev slettet.',
  'erasure.cancel_order': 'Annuller ordre {number}',
  'erasure.cancelling': 'Annullerer…',
  'erasure.order_cancelled': 'Ordre {number} er annulleret.',
} as const satisfies CompleteCatalog<'erasure'>;

export default da;
