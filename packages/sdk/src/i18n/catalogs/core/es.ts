import type { CompleteCatalog } from '../../catalog.js';

/** Spanish (Spain and the fallback for every other Spanish), in the informal "tú" that social-commerce apps use. */
const es = {
  'status.unpaid.label': 'Pendiente de pago',
  'status.unpaid.explanation':
    'Todavía no hemos recibido tu pago. Complétalo para que el vendedor pueda preparar tu pedido.',
  'status.on_hold.label': 'En espera',
  'status.on_hold.explanation':
    'Tu pago se ha realizado. Durante un breve tiempo aún puedes cancelar por tu cuenta, antes de que el vendedor empiece a prepararlo.',
  'status.awaiting_shipment.label': 'Preparando el envío',
  'status.awaiting_shipment.explanation':
    'El vendedor está empaquetando tu pedido. Verás los datos de seguimiento cuando salga.',
  'status.partially_shipped.label': 'Enviado en parte',
  'status.partially_shipped.explanation':
    'Algunos de tus artículos ya están en camino. El resto llegará en otro paquete.',
  'status.awaiting_collection.label': 'Esperando al transportista',
  'status.awaiting_collection.explanation': 'Tu paquete está listo y espera a que el transportista lo recoja.',
  'status.in_transit.label': 'En camino',
  'status.in_transit.explanation': 'El transportista tiene tu paquete y te lo está llevando.',
  'status.delivered.label': 'Entregado',
  'status.delivered.explanation':
    'El transportista indica que tu paquete se entregó. Si hay algún problema, aún puedes pedir un reembolso o una devolución.',
  'status.completed.label': 'Completado',
  'status.completed.explanation': 'Este pedido está completado. El plazo de devolución ha terminado.',
  'status.cancelled.label': 'Cancelado',
  'status.cancelled.explanation': 'Este pedido se canceló. Si pagaste, el dinero vuelve a tu método de pago original.',

  'error.code': 'Código de error: {code}',
  'error.retry': 'Reintentar',
  'error.retrying': 'Reintentando…',
  'error.not_configured.title': 'Esta página no está bien configurada',
  'error.not_configured.next_step': 'Contacta con el vendedor e indica el código de error.',
  'error.network.title': 'No podemos conectar ahora mismo',
  'error.network.next_step': 'Revisa tu conexión a internet y vuelve a intentarlo.',
} as const satisfies CompleteCatalog<'core'>;

export default es;
