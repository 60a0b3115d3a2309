import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Italian, with "tu", the usual register of Italian shopping apps. */
const it = {
  'erasure.blocked_heading': 'Non puoi ancora eliminare i tuoi dati',
  'erasure.blocker.open_orders': {
    one: 'Hai {count} ordine non ancora concluso.',
    many: 'Hai {count} ordini non ancora conclusi.',
    other: 'Hai {count} ordini non ancora conclusi.',
  },
  'erasure.blocker.open_orders.next_step':
    'Annulla gli ordini che lo consentono, oppure attendi che vengano consegnati, poi torna qui.',
  'erasure.blocker.open_refunds': {
    one: 'Hai {count} rimborso in corso.',
    many: 'Hai {count} rimborsi in corso.',
    other: 'Hai {count} rimborsi in corso.',
  },
  'erasure.blocker.open_refunds.next_step': 'Aspetta che il rimborso sia concluso, poi torna qui.',
  'erasure.blocker.open_disputes': {
    one: 'Hai {count} contestazione aperta.',
    many: 'Hai {count} contestazioni aperte.',
    other: 'Hai {count} contestazioni aperte.',
  },
  'erasure.blocker.open_disputes.next_step': 'Attendi la decisione o chiudi la contestazione, poi torna qui.',
  'erasure.records': 'Ordini',
  'erasure.confirm_heading': 'Eliminare i tuoi dati per sempre?',
  'erasure.confirm_text': 'Eliminiamo subito i tuoi dati personali e ti disconnettiamo. Non potremo recuperarli.',
  'erasure.understand': 'Ho capito che non si può annullare',
  'erasure.understand_required': 'Seleziona la casella per confermare di aver capito.',
  'erasure.confirm': 'Elimina definitivamente i miei dati',
  'erasure.erasing': 'Eliminazione dei dati…',
  'erasure.cancel': 'Annulla',
  'erasure.cancelled': 'Non è stato eliminato nulla.',
  'erasure.cancel_order': 'Annulla l’ordine {number}',
  'erasure.cancelling': 'Annullamento…',
  'erasure.order_cancelled': 'L’ordine {number} è annullato.',
} as const satisfies CompleteCatalog<'erasure'>;

export default it;
