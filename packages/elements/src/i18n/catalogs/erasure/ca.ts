import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Catalan, with informal “tu” as Catalan shops address buyers online. */
const ca = {
  'erasure.blocked_heading': 'Encara no pots suprimir les teves dades',
  'erasure.blocker.open_orders': {
    one: 'Tens {count} comanda que encara no ha acabat.',
    many: 'Tens {count} comandes que encara no han acabat.',
    other: 'Tens {count} comandes que encara no han acabat.',
  },
  'erasure.blocker.open_orders.next_step':
    'Cancel·la les comandes que ho permetin, o espera que es lliurin, i torna aquí.',
  'erasure.blocker.open_refunds': {
    one: 'Tens {count} reemborsament en curs.',
    many: 'Tens {count} reemborsaments en curs.',
    other: 'Tens {count} reemborsaments en curs.',
  },
  'erasure.blocker.open_refunds.next_step': 'Espera que acabi el reemborsament i torna aquí.',
  'erasure.blocker.open_disputes': {
    one: 'Tens {count} disputa oberta.',
    many: 'Tens {count} disputes obertes.',
    other: 'Tens {count} disputes obertes.',
  },
  'erasure.blocker.open_disputes.next_step': 'Espera la decisió, o tanca la disputa, i torna aquí.',
  'erasure.records': 'Comandes',
  'erasure.confirm_heading': 'Vols suprimir les teves dades per sempre?',
  'erasure.confirm_text':
    'Suprimim les teves dades personals immediatament i tanquem la sessió. No les podrem recuperar.',
  'erasure.understand': 'Entenc que això no es pot desfer',
  'erasure.understand_required': 'Marca la casella per confirmar que ho entens.',
  'erasure.confirm': 'Suprimeix les meves dades definitivament',
  'erasure.erasing': 'S’estan suprimint les teves dades…',
  'erasure.cancel': 'Cancel·la',
  'erasure.cancelled': 'No s’ha suprimit res.',
  'erasure.cancel_order': 'Cancel·la la comanda {number}',
  'erasure.cancelling': 'S’està cancel·lant…',
  'erasure.order_cancelled': 'La comanda {number} s’ha cancel·lat.',
} as const satisfies CompleteCatalog<'erasure'>;

export default ca;
