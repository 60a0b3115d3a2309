import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Privacy settings in Romanian (formal address). */
const ro = {
  'erasure.blocked_heading': 'Încă nu vă puteți șterge datele',
  'erasure.blocker.open_orders': {
    one: 'Aveți {count} comandă nefinalizată.',
    few: 'Aveți {count} comenzi nefinalizate.',
    other: 'Aveți {count} de comenzi nefinalizate.',
  },
  'erasure.blocker.open_orders.next_step':
    'Anulați comenzile care se pot anula sau așteptați să fie livrate, apoi reveniți aici.',
  'erasure.blocker.open_refunds': {
    one: 'Aveți {count} rambursare în curs.',
    few: 'Aveți {count} rambursări în curs.',
    other: 'Aveți {count} de rambursări în curs.',
  },
  'erasure.blocker.open_refunds.next_step': 'Așteptați finalizarea rambursării, apoi reveniți aici.',
  'erasure.blocker.open_disputes': {
    one: 'Aveți {count} dispută deschisă.',
    few: 'Aveți {count} dispute deschise.',
    other: 'Aveți {count} de dispute deschise.',
  },
  'erasure.blocker.open_disputes.next_step': 'Așteptați decizia sau închideți disputa, apoi reveniți aici.',
  'erasure.records': 'Comenzi',
  'erasure.confirm_heading': 'Ștergeți definitiv datele dvs.?',
  'erasure.confirm_text': 'Vă ștergem imediat datele personale și vă deconectăm. Nu le vom putea recupera.',
  'erasure.understand': 'Înțeleg că acțiunea nu poate fi anulată',
  'erasure.understand_required': 'Bifați caseta pentru a confirma că ați înțeles.',
  'erasure.confirm': 'Ștergeți definitiv datele mele',
  'erasure.erasing': 'Se șterg datele…',
  'erasure.cancel': 'Anulați',
  'erasure.cancelled': 'Nu s-a șters nimic.',
  'erasure.cancel_order': 'Anulați comanda {number}',
  'erasure.cancelling': 'Se anulează…',
  'erasure.order_cancelled': 'Comanda {number} a fost anulată.',
} as const satisfies CompleteCatalog<'erasure'>;

export default ro;
