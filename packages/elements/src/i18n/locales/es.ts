import type { CompleteCatalog } from '../catalog.js';

/** Spanish, in the informal "tú" that social-commerce apps use with buyers. */
const es = {
  'tracker.heading': 'Pedido {number}',
  'tracker.loading': 'Cargando tu pedido…',
  'tracker.loaded': 'Pedido {number} cargado. Estado: {status}.',
  'tracker.placed': 'Realizado el {date}',
  'tracker.sold_by': 'Vendido por {seller}',
  'tracker.status_heading': 'Estado',
  'tracker.items_heading': { one: '{count} artículo', other: '{count} artículos' },
  'tracker.quantity': 'Cantidad: {count}',
  'tracker.unit_price': '{price} cada uno',
  'tracker.variant': 'Opción: {variant}',
  'tracker.summary_heading': 'Resumen del pago',
  'tracker.subtotal': 'Subtotal',
  'tracker.shipping': 'Envío',
  'tracker.tax': 'Impuestos',
  'tracker.discount': 'Descuento',
  'tracker.discount_amount': '−{amount}',
  'tracker.total': 'Total',

  'status.unpaid.label': 'Pendiente de pago',
  'status.unpaid.explanation':
    'Todavía no hemos recibido tu pago. Complétalo para que el vendedor pueda preparar tu pedido.',
  'status.on_hold.label': 'En espera',
  'status.on_hold.explanation':
    'Tu pago se ha realizado. Durante un breve tiempo aún puedes cancelar por tu cuenta antes de que el vendedor empiece a prepararlo.',
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
  'error.not_found.title': 'No encontramos este pedido',
  'error.not_found.next_step':
    'Revisa el número de pedido en tu correo de confirmación y comprueba que has iniciado sesión con la cuenta con la que compraste.',
  'error.network.title': 'No podemos conectar con el servicio de pedidos',
  'error.network.next_step': 'Revisa tu conexión a internet y vuelve a intentarlo.',
  'error.timeout.title': 'El servicio de pedidos tarda demasiado en responder',
  'error.timeout.next_step': 'Espera un momento y vuelve a intentarlo.',
  'error.unavailable.title': 'El seguimiento de pedidos no está disponible ahora',
  'error.unavailable.next_step': 'Es un problema de nuestra parte. Espera unos minutos y vuelve a intentarlo.',
  'error.rate_limited.title': 'Demasiadas solicitudes',
  'error.rate_limited.next_step': 'Espera un minuto y vuelve a intentarlo.',
  'error.unauthenticated.title': 'Tu sesión ha terminado',
  'error.unauthenticated.next_step': 'Vuelve a iniciar sesión en este sitio y recarga la página.',
  'error.not_configured.title': 'El seguimiento de pedidos no está configurado en esta página',
  'error.not_configured.next_step':
    'Contacta con el vendedor y dile que al seguimiento de pedidos le falta su configuración.',
  'error.unexpected.title': 'Algo salió mal al cargar tu pedido',
  'error.unexpected.next_step':
    'Vuelve a intentarlo. Si sigue pasando, contacta con el vendedor e indica el código de error.',
} as const satisfies CompleteCatalog;

export default es;
