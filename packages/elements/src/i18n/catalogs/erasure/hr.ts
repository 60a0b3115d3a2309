import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Croatian, with formal “vi” as Croatian web shops address buyers. */
const hr = {
  'erasure.blocked_heading': 'Svoje podatke još ne možete izbrisati',
  'erasure.blocker.open_orders': {
    one: 'Imate {count} narudžbu koja još nije završena.',
    few: 'Imate {count} narudžbe koje još nisu završene.',
    other: 'Imate {count} narudžbi koje još nisu završene.',
  },
  'erasure.blocker.open_orders.next_step':
    'Otkažite narudžbe koje to dopuštaju ili pričekajte da budu dostavljene, a zatim se vratite ovamo.',
  'erasure.blocker.open_refunds': {
    one: 'Imate {count} povrat novca u tijeku.',
    few: 'Imate {count} povrata novca u tijeku.',
    other: 'Imate {count} povrata novca u tijeku.',
  },
  'erasure.blocker.open_refunds.next_step': 'Pričekajte da se povrat novca završi, a zatim se vratite ovamo.',
  'erasure.blocker.open_disputes': {
    one: 'Imate {count} otvoren spor.',
    few: 'Imate {count} otvorena spora.',
    other: 'Imate {count} otvorenih sporova.',
  },
  'erasure.blocker.open_disputes.next_step': 'Pričekajte odluku ili zatvorite spor, a zatim se vratite ovamo.',
  'erasure.records': 'Narudžbe',
  'erasure.confirm_heading': 'Trajno izbrisati vaše podatke?',
  'erasure.confirm_text': 'Odmah brišemo vaše osobne podatke i odjavljujemo vas. Ne možemo ih vratiti.',
  'erasure.understand': 'Razumijem da se ovo ne može poništiti',
  'erasure.understand_required': 'Označite okvir kako biste potvrdili da razumijete.',
  'erasure.confirm': 'Trajno izbriši moje podatke',
  'erasure.erasing': 'Brišemo vaše podatke…',
  'erasure.cancel': 'Odustani',
  'erasure.cancelled': 'Ništa nije izbrisano.',
  'erasure.cancel_order': 'Otkaži narudžbu {number}',
  'erasure.cancelling': 'Otkazivanje…',
  'erasure.order_cancelled': 'Narudžba {number} je otkazana.',
} as const satisfies CompleteCatalog<'erasure'>;

export default hr;
