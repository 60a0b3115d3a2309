import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The privacy centre in Norwegian Bokmål (du). */
const nb = {
  'erasure.blocked_heading': 'Du kan ikke slette dataene dine ennå',
  'erasure.blocker.open_orders': {
    one: 'Du har {count} bestilling som ikke er fullført ennå.',
    other: 'Du har {count} bestillinger som ikke er fullført ennå.',
  },
  'erasure.blocker.open_orders.next_step':
    'Kanseller bestillingene som kan kanselleres, eller vent til de er levert, og kom så tilbake hit.',
  'erasure.blocker.open_refunds': {
    one: 'Du har {count} refusjon som pågår.',
    other: 'Du har {count} refusjoner som pågår.',
  },
  'erasure.blocker.open_refunds.next_step': 'Vent til refusjonen din er fullført, og kom så tilbake hit.',
  'erasure.blocker.open_disputes': {
    one: 'Du har {count} åpen tvist.',
    other: 'Du har {count} åpne tvister.',
  },
  'erasure.blocker.open_disputes.next_step': 'Vent på avgjørelsen, eller avslutt tvisten, og kom så tilbake hit.',
  'erasure.records': 'Bestillinger',
  'erasure.confirm_heading': 'Vil du slette dataene dine for godt?',
  'erasure.confirm_text':
    'Vi sletter personopplysningene dine med en gang og logger deg ut. Vi kan ikke hente dem tilbake.',
  'erasure.understand': 'Jeg forstår at dette ikke kan angres',
  'erasure.understand_required': 'Kryss av i boksen for å bekrefte at du forstår.',
  'erasure.confirm': 'Slett dataene mine permanent',
  'erasure.erasing': 'Sletter dataene dine…',
  'erasure.cancel': 'Avbryt',
  'erasure.cancelled': 'Ingenting ble slettet.',
  'erasure.cancel_order': 'Kanseller bestilling {number}',
  'erasure.cancelling': 'Kansellerer…',
  'erasure.order_cancelled': 'Bestilling {number} er kansellert.',
} as const satisfies CompleteCatalog<'erasure'>;

export default nb;
