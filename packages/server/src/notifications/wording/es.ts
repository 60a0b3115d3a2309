import type { NotificationWording } from './types.js';

/** Emails and text messages in es: each SMS is the subject and, where there is one, the next step. */
const wes: NotificationWording = {
  caseNoun: { dispute: 'disputa', refund_request: 'solicitud de reembolso' },
  caseSubjects: {
    message_added: 'Nuevo mensaje sobre tu caso del pedido {number}',
    offer_received: 'El vendedor hizo una oferta en tu caso del pedido {number}',
    approved: 'Tu caso del pedido {number} fue aprobado',
    auto_approved: 'Tu caso del pedido {number} fue aprobado',
    rejected: 'El vendedor rechazó tu caso del pedido {number}',
    deadline_passed: 'Venció un plazo en tu caso del pedido {number}',
    escalated: 'Tu caso del pedido {number} pasó a nuestro equipo de soporte',
    info_requested: 'Necesitamos más información sobre tu caso del pedido {number}',
    decided: 'Se tomó una decisión sobre tu caso del pedido {number}',
    return_label_ready: 'Tu etiqueta de devolución del pedido {number} está lista',
    return_received: 'El vendedor recibió tu devolución del pedido {number}',
    refund_issued: 'Tu reembolso del pedido {number} está en camino',
    replacement_shipped: 'Tu reemplazo del pedido {number} fue enviado',
  },
  caseSms: {
    message_added: 'Nuevo mensaje sobre tu caso del pedido {number}. Abre la página de tu pedido para leerlo.',
    offer_received:
      'El vendedor hizo una oferta en tu caso del pedido {number}. Abre la página de tu pedido para responder.',
    approved: 'Tu caso del pedido {number} fue aprobado.',
    auto_approved: 'Tu caso del pedido {number} fue aprobado.',
    rejected: 'El vendedor rechazó tu caso del pedido {number}. Abre la página de tu pedido para ver tus opciones.',
    deadline_passed:
      'Venció un plazo en tu caso del pedido {number}. Abre la página de tu pedido para ver el siguiente paso.',
    escalated: 'Tu caso del pedido {number} pasó a nuestro equipo de soporte.',
    info_requested:
      'Necesitamos más información sobre tu caso del pedido {number}. Abre la página de tu pedido para responder.',
    decided: 'Se tomó una decisión sobre tu caso del pedido {number}. Abre la página de tu pedido para verla.',
    return_label_ready:
      'Tu etiqueta de devolución del pedido {number} está lista. Abre la página de tu pedido para obtenerla.',
    return_received: 'El vendedor recibió tu devolución del pedido {number}.',
    refund_issued: 'Tu reembolso del pedido {number} está en camino.',
    replacement_shipped: 'Tu reemplazo del pedido {number} fue enviado.',
  },
  caseSubjectOther: 'Novedades sobre tu caso del pedido {number}',
  caseSmsOther: 'Novedades sobre tu caso del pedido {number}.',
  caseText: '{subject}. Inicia sesión y abre el pedido para ver los detalles y lo que puedes hacer a continuación.',
  statusSubjects: {
    awaiting_shipment: 'Tu pedido {number} está confirmado',
    in_transit: 'Tu pedido {number} está en camino',
    delivered: 'Tu pedido {number} fue entregado',
    cancelled: 'Tu pedido {number} fue cancelado',
  },
  milestoneSubjects: {
    out_for_delivery: 'Tu pedido {number} sale hoy a reparto',
    failed_attempt: 'No pudimos entregar tu pedido {number}',
    exception: 'Hay un problema con la entrega del pedido {number}',
    available_for_pickup: 'Tu pedido {number} está listo para recoger',
    expired: 'El seguimiento del pedido {number} dejó de actualizarse',
    delayed: 'Tu pedido {number} va con retraso',
  },
  orderSubjectOther: 'Novedades sobre el pedido {number}',
  orderText: '{subject}. Abre la página de tu pedido para ver los detalles.',
  guestTrackText: 'Sigue tu pedido en {url} con el número de pedido {number} y esta dirección de correo.',
  supportReplySubject: 'Nuestro equipo de soporte respondió tu pregunta sobre el pedido {number}',
  supportReplySubjectNoOrder: 'Nuestro equipo de soporte respondió tu pregunta',
  supportReplyText: '{subject}. Inicia sesión y abre tu conversación con soporte para leer la respuesta y contestar.',
  supportReplySms:
    'Nuestro equipo de soporte respondió tu pregunta sobre el pedido {number}. Inicia sesión para leerla.',
  supportReplySmsNoOrder: 'Nuestro equipo de soporte respondió tu pregunta. Inicia sesión para leerla.',
  statusSms: {
    awaiting_shipment: 'Tu pedido {number} está confirmado.',
    in_transit: 'Tu pedido {number} está en camino.',
    delivered: 'Tu pedido {number} fue entregado.',
    cancelled: 'Tu pedido {number} fue cancelado.',
  },
  milestoneSms: {
    out_for_delivery: 'Tu pedido {number} sale hoy a reparto.',
    failed_attempt: 'No pudimos entregar tu pedido {number}. Abre la página de tu pedido para ver el siguiente paso.',
    exception:
      'Hay un problema con la entrega del pedido {number}. Abre la página de tu pedido para ver el siguiente paso.',
    available_for_pickup: 'Tu pedido {number} está listo para recoger.',
    expired:
      'El seguimiento del pedido {number} dejó de actualizarse. Abre la página de tu pedido para ver el siguiente paso.',
    delayed: 'Tu pedido {number} va con retraso. Abre la página de tu pedido para ver la estimación más reciente.',
  },
  orderSmsOther: 'Novedades sobre el pedido {number}.',
};

export default wes;
