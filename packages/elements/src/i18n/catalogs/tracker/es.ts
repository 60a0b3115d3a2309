import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Spanish (Spain and the fallback for every other Spanish), in the informal "tú" that social-commerce apps use. */
const es = {
  'tracker.heading': 'Pedido {number}',
  'tracker.loading': 'Cargando tu pedido…',
  'tracker.loaded': 'Pedido {number} cargado. Estado: {status}.',
  'tracker.placed': 'Realizado el {date}',
  'tracker.sold_by': 'Vendido por {seller}',
  'tracker.status_heading': 'Estado',
  'tracker.items_heading': { one: '{count} artículo', many: '{count} artículos', other: '{count} artículos' },
  'tracker.quantity': 'Cantidad: {count}',
  'tracker.unit_price': '{price} cada uno',
  'tracker.variant': 'Opción: {variant}',
  'tracker.summary_heading': 'Resumen del pago',
  'tracker.subtotal': 'Subtotal',
  'tracker.shipping': 'Envío',
  'tracker.tax': 'Impuestos',
  'tracker.discount': 'Descuento',
  'tracker.total': 'Total',
  'tracker.not_found.title': 'No encontramos este pedido',
  'tracker.not_found.next_step':
    'Revisa el número de pedido en tu correo de confirmación y comprueba que has iniciado sesión con la cuenta con la que compraste.',
  'tracker.not_configured.title': 'El seguimiento de pedidos no está configurado en esta página',
  'tracker.not_configured.next_step':
    'Contacta con el vendedor y dile que al seguimiento de pedidos le falta su configuración.',
  'tracker.tag.pending.label': 'Esperando el seguimiento',
  'tracker.tag.pending.explanation':
    'El vendedor ha creado el envío. La empresa de transporte todavía no ha enviado novedades.',
  'tracker.tag.info_received.label': 'Etiqueta creada',
  'tracker.tag.info_received.explanation': 'La empresa de transporte tiene los datos del paquete y lo recogerá pronto.',
  'tracker.tag.in_transit.label': 'En camino',
  'tracker.tag.in_transit.explanation': 'La empresa de transporte tiene tu paquete y lo está llevando hacia ti.',
  'tracker.tag.out_for_delivery.label': 'En reparto',
  'tracker.tag.out_for_delivery.explanation': 'Tu paquete va con el repartidor y debería llegar hoy.',
  'tracker.tag.failed_attempt.label': 'Intento de entrega fallido',
  'tracker.tag.failed_attempt.explanation': 'La empresa de transporte intentó entregar tu paquete, pero no pudo.',
  'tracker.tag.available_for_pickup.label': 'Listo para recoger',
  'tracker.tag.available_for_pickup.explanation':
    'Tu paquete te espera en un punto de recogida. Lleva un documento de identidad y tu número de seguimiento.',
  'tracker.tag.delivered.label': 'Entregado',
  'tracker.tag.delivered.explanation': 'La empresa de transporte dice que tu paquete se entregó.',
  'tracker.tag.exception.label': 'Problema con la entrega',
  'tracker.tag.exception.explanation':
    'Algo ha retenido tu paquete, por ejemplo un daño, la aduana o una dirección incorrecta.',
  'tracker.tag.expired.label': 'Seguimiento detenido',
  'tracker.tag.expired.explanation':
    'La empresa de transporte lleva mucho tiempo sin dar novedades, así que el seguimiento se ha detenido.',
  'tracker.shipments_heading': 'Seguimiento',
  'tracker.no_shipments':
    'Todavía no se ha enviado nada. El seguimiento aparecerá aquí cuando el vendedor entregue tu paquete a la empresa de transporte.',
  'tracker.parcel_heading': 'Paquete {index} de {total}',
  'tracker.parcel_single': 'Tu paquete',
  'tracker.parcel_contents': 'En este paquete: {items}',
  'tracker.carrier': 'Empresa de transporte',
  'tracker.tracking_number': 'Número de seguimiento',
  'tracker.copy': 'Copiar número de seguimiento',
  'tracker.copied': 'Número de seguimiento copiado.',
  'tracker.copy_failed': 'No se pudo copiar. Selecciona el número de seguimiento y cópialo tú.',
  'tracker.estimate_range': 'Llegada prevista entre el {from} y el {to}',
  'tracker.estimate_day': 'Llegada prevista el {date}',
  'tracker.estimate_relative': 'Llega {relative}',
  'tracker.estimate_revised': 'La empresa de transporte ha cambiado la fecha prevista.',
  'tracker.delivered_on': 'Entregado el {date}',
  'tracker.late': 'Más tarde de lo previsto',
  'tracker.timeline_heading': 'Novedades de la empresa de transporte',
  'tracker.timeline_show_all': 'Mostrar todas las novedades ({count})',
  'tracker.timeline_show_fewer': 'Mostrar menos novedades',
  'tracker.no_checkpoints': 'Todavía no hay novedades de la empresa de transporte.',
  'tracker.problem.exception.title': 'Hay un problema con esta entrega',
  'tracker.problem.exception.explanation':
    'La empresa de transporte ha informado de un problema y tu paquete está parado. El vendedor puede consultarlo con la empresa de transporte por ti.',
  'tracker.problem.failed_attempt.title': 'La empresa de transporte no pudo entregar tu paquete',
  'tracker.problem.failed_attempt.explanation':
    'Normalmente lo vuelven a intentar el siguiente día laborable o lo dejan en un punto de recogida. Si no va a haber nadie en casa, contacta con el vendedor.',
  'tracker.problem.expired.title': 'Ya no se hace el seguimiento de este paquete',
  'tracker.problem.expired.explanation':
    'La empresa de transporte lleva mucho tiempo sin dar novedades. Puede que el paquete se haya perdido. Pregunta al vendedor o indica que no lo has recibido.',
  'tracker.problem.late.title': 'Tu paquete va con retraso',
  'tracker.problem.late.explanation':
    'La fecha de entrega prevista ya ha pasado. A menudo los paquetes solo se retrasan unos días, pero no tienes que esperar: pregunta al vendedor o indica que no lo has recibido.',
  'tracker.problem.not_received.title': '¿Aparece como entregado, pero no lo tienes?',
  'tracker.problem.not_received.explanation':
    'Revisa tu buzón, pregunta a tus vecinos y mira en cualquier lugar seguro. Si no está, avísanos y te ayudaremos a recuperar tu dinero o a recibir uno nuevo.',
  'tracker.not_received_toggle': 'No lo he recibido',
  'tracker.action.contact_seller': 'Contactar con el vendedor',
  'tracker.action.report_not_received': 'Indicar que no lo he recibido',
  'tracker.action.get_help': 'Obtener ayuda',
  'tracker.live.shipment': 'Novedad de tu paquete: {status}.',
  'tracker.live.order': 'Tu pedido ahora está: {status}.',
  'tracker.offline': 'No tienes conexión. Las novedades del seguimiento seguirán cuando vuelvas a tener conexión.',
  'tracker.online': 'Vuelves a tener conexión. El seguimiento está al día.',
  'tracker.guest.heading': 'Sigue tu pedido',
  'tracker.guest.intro': 'Escribe tu número de pedido y el correo electrónico que usaste al comprar.',
  'tracker.guest.order_number': 'Número de pedido',
  'tracker.guest.order_number_hint': 'Está en tu correo de confirmación, por ejemplo TX-1006.',
  'tracker.guest.email': 'Correo electrónico',
  'tracker.guest.submit': 'Seguir pedido',
  'tracker.guest.submitting': 'Buscando tu pedido…',
  'tracker.guest.summary': 'Revisa los datos de abajo',
  'tracker.guest.order_number_missing': 'Escribe tu número de pedido.',
  'tracker.guest.email_invalid': 'Escribe el correo electrónico con el que compraste, por ejemplo nombre@ejemplo.com.',
  'tracker.guest.not_found':
    'No encontramos ningún pedido con este número y este correo electrónico. Revisa los dos y vuelve a intentarlo.',
  'tracker.status_other.label': 'Estado: actualizándose',
  'tracker.status_other.explanation':
    'Tu pedido llegó a un paso que esta página todavía no puede describir. Vuelve a consultarlo más tarde o contacta al vendedor.',
  'tracker.tag_other.label': 'Novedad de la empresa de transporte',
  'tracker.tag_other.explanation':
    'La empresa de transporte envió una novedad que esta página todavía no puede describir. Encontrarás los detalles en su sitio web.',
} as const satisfies CompleteCatalog<'tracker'>;

export default es;
