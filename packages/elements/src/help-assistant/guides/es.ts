import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in Spanish. */
export default {
  payment_method: {
    title: 'Añadir o cambiar un método de pago',
    keywords: 'tarjeta crédito débito monedero pagar pago rechazado tarjeta guardada',
    steps: [
      'Abre tu compra y ve al paso Pago (elige Cambiar si ya lo terminaste).',
      'Elige una tarjeta guardada, introduce una tarjeta nueva, paga con el monedero TxPay o elige contra reembolso donde se ofrezca. Una tarjeta caducada no se puede elegir.',
      'Pasa a Revisión y elige Realizar pedido y pagar.',
      'Si se rechazó un pago, elige Prueba con otra tarjeta en Ayuda: se conservan tu dirección y tu envío.',
    ],
  },
  track_parcel: {
    title: 'Seguir un paquete',
    keywords: 'entrega envío paquete número de seguimiento transportista dónde está mi pedido retraso',
    steps: [
      'Abre tus pedidos y elige el pedido.',
      'Cada paquete muestra su estado, cuándo debería llegar, el transportista y el número de seguimiento (Copiar lo copia).',
      'Elige Mostrar todas las novedades para ver cada aviso del transportista, el más reciente primero.',
      'Si un paquete se retrasa o tiene un problema, elige Contactar con el vendedor, Informar de que no llegó u Obtener ayuda.',
    ],
  },
  request_refund: {
    title: 'Pedir un reembolso',
    keywords: 'dinero devolver reembolso cancelar',
    steps: [
      'Abre el pedido y elige Pedir un reembolso. La página indica hasta cuándo puedes pedirlo.',
      'Elige Reembolso, los artículos y cantidades, y un motivo (la nota es opcional).',
      'Revisa el importe y envía la solicitud. El vendedor debe responder antes de la fecha indicada; si no lo hace, se aprueba.',
      'Sigue la solicitud en la misma página: acepta o rechaza una oferta parcial, o cancela la solicitud mientras se pueda.',
    ],
  },
  start_return: {
    title: 'Iniciar una devolución',
    keywords: 'devolución devolver cambio sustitución etiqueta',
    steps: [
      'Abre el pedido, elige Pedir un reembolso y luego Devolución y reembolso (o Sustitución).',
      'Elige los artículos y cantidades, indica un motivo y envía la solicitud.',
      'Cuando el vendedor acepta, aparece la etiqueta de devolución con el transportista, el número de seguimiento y la fecha límite de envío.',
      'Envía el paquete y elige Ya lo envié. El reembolso llega cuando el vendedor lo recibe.',
    ],
  },
  open_dispute: {
    title: 'Abrir una disputa',
    keywords: 'disputa reclamación queja problema no recibido dañado artículo equivocado caso',
    steps: [
      'Abre el pedido y elige Informar de un problema.',
      'Elige un motivo y los artículos, describe qué pasó y qué quieres: un reembolso, una sustitución o una devolución con reembolso.',
      'Añade fotos o documentos si los tienes y envía. Tu borrador se guarda en este dispositivo si sales.',
      'Sigue el caso: responde a la oferta del vendedor y a los mensajes, y elige Pedir que decida nuestro equipo cuando se ofrezca.',
    ],
  },
  notifications: {
    title: 'Gestionar las notificaciones',
    keywords: 'notificaciones correo email SMS mensajes avisos preferencias darse de baja',
    steps: [
      'Abre tus pedidos y elige la pestaña Ajustes de notificaciones.',
      'Cada tipo de mensaje tiene un interruptor por canal, como el correo o el SMS.',
      'Activa o desactiva un interruptor: el cambio se guarda al instante.',
    ],
  },
  your_data: {
    title: 'Descargar o borrar tus datos',
    keywords: 'privacidad datos personales exportar eliminar borrar cuenta RGPD',
    steps: [
      'Abre Privacidad y elige Descargar mis datos. Preparamos el archivo; descárgalo cuando esté listo.',
      'Para borrarlos, elige Eliminar mis datos. Verás qué se elimina y qué nos obliga la ley a conservar y por qué.',
      'Antes deben terminar los pedidos, reembolsos y disputas abiertos; un pedido sin pagar se puede cancelar ahí mismo.',
      'Confirma y tus datos se eliminan.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Buscar en las guías',
  search: 'Buscar',
  list: 'Todas las guías',
  results: 'Guías sobre «{query}»:',
  found: 'Guías encontradas: {count}.',
  no_results:
    'Ninguna guía coincide con «{query}». Prueba con otras palabras o pide ayuda a una persona. Si las páginas no cargan, comprueba tu conexión.',
  helpful: '¿Te ha resultado útil?',
  yes: 'Sí',
  no: 'No',
  thanks: 'Gracias por decírnoslo.',
  back: 'Volver a las guías',
  video: 'Vídeo: {title}',
  captions: 'Subtítulos',
  transcript: 'Transcripción',
  no_video: 'Este navegador no puede reproducir el vídeo. Los pasos de abajo dicen lo mismo.',
} satisfies GuideWords;
