import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Spanish (Spain and the fallback for every other Spanish), in the informal "tú" that social-commerce apps use. */
const es = {
  'erasure.blocked_heading': 'Todavía no puedes eliminar tus datos',
  'erasure.blocker.open_orders': {
    one: 'Tienes {count} pedido que aún no ha terminado.',
    many: 'Tienes {count} pedidos que aún no han terminado.',
    other: 'Tienes {count} pedidos que aún no han terminado.',
  },
  'erasure.blocker.open_orders.next_step':
    'Cancela los pedidos que lo permitan o espera a que se entreguen, y vuelve aquí.',
  'erasure.blocker.open_refunds': {
    one: 'Tienes {count} reembolso en curso.',
    many: 'Tienes {count} reembolsos en curso.',
    other: 'Tienes {count} reembolsos en curso.',
  },
  'erasure.blocker.open_refunds.next_step': 'Espera a que termine tu reembolso y luego vuelve aquí.',
  'erasure.blocker.open_disputes': {
    one: 'Tienes {count} disputa abierta.',
    many: 'Tienes {count} disputas abiertas.',
    other: 'Tienes {count} disputas abiertas.',
  },
  'erasure.blocker.open_disputes.next_step': 'Espera la decisión o cierra la disputa, y luego vuelve aquí.',
  'erasure.records': 'Pedidos',
  'erasure.confirm_heading': '¿Eliminar tus datos para siempre?',
  'erasure.confirm_text':
    'Eliminamos tus datos personales de inmediato y cerramos tu sesión. No podremos recuperarlos.',
  'erasure.understand': 'Entiendo que esto no se puede deshacer',
  'erasure.understand_required': 'Marca la casilla para confirmar que lo entiendes.',
  'erasure.confirm': 'Eliminar mis datos definitivamente',
  'erasure.erasing': 'Eliminando tus datos…',
  'erasure.cancel': 'Cancelar',
  'erasure.cancelled': 'No se eliminó nada.',
  'erasure.cancel_order': 'Cancelar el pedido {number}',
  'erasure.cancelling': 'Cancelando…',
  'erasure.order_cancelled': 'El pedido {number} está cancelado.',
} as const satisfies CompleteCatalog<'erasure'>;

export default es;
