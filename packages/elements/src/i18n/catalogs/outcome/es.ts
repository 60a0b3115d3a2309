import type { CompleteCatalog } from '@txassist/sdk/i18n';

const es = {
  'outcome.declined.heading': 'Tu pago no se ha completado',
  'outcome.declined.kept':
    'Todo lo demás que escribiste sigue aquí. Solo tienes que volver a escribir los datos de la tarjeta.',
  'outcome.challenge.heading': 'Confirma que eres tú',
  'outcome.challenge.code': 'Código de verificación',
  'outcome.challenge.code_hint': 'Puedes pegar el código. Caduca a las {time}.',
  'outcome.challenge.verify': 'Verificar y pagar',
  'outcome.challenge.resend': 'Enviar un código nuevo',
  'outcome.challenge.resend_wait': 'Podrás pedir un código nuevo en {seconds} s.',
  'outcome.challenge.resent': 'Enviamos un código nuevo. Solo sirve el más reciente.',
  'outcome.challenge.attempts_left': 'Intentos restantes: {count}',
  'outcome.challenge.required': 'Escribe el código de 6 dígitos que te enviamos.',
  'outcome.challenge.format': 'El código tiene 6 dígitos. Revísalo y vuelve a escribirlo.',
  'outcome.challenge.wrong': 'Ese código no es correcto. Revisa el mensaje más reciente e inténtalo de nuevo.',
  'outcome.challenge.expired': 'Este código ha caducado. Pide un código nuevo y escríbelo.',
  'outcome.challenge.locked':
    'Demasiados códigos incorrectos, así que detuvimos este pago para protegerte. Elige otra forma de pago o inténtalo más tarde.',
  'outcome.challenge.verifying': 'Comprobando el código…',
  'outcome.wallet.returned': 'Hola de nuevo. Estamos confirmando tu pago con TxPay…',
  'outcome.wallet.cancelled': 'Saliste de TxPay sin pagar. Elige cómo quieres pagar e inténtalo de nuevo.',
  'outcome.on_hold.heading': 'Tu pedido está hecho y pendiente de una revisión rápida',
  'outcome.on_hold.body':
    'Estamos revisando este pago antes de preparar tu pedido. No tienes que hacer nada: te escribiremos por correo cuando terminemos, normalmente en menos de un día.',
  'outcome.confirmation.heading': 'Gracias, tu pedido está hecho',
  'outcome.confirmation.number': 'Número de pedido: {number}',
  'outcome.confirmation.paid': 'Pagado {total} con {method}',
  'outcome.confirmation.cod_due': 'Ten {total} preparado para el repartidor.',
  'outcome.confirmation.track': 'Seguir tu pedido',
  'outcome.confirmation.next_heading': 'Qué pasa ahora',
  'outcome.confirmation.next':
    'El vendedor ya está preparando tu pedido. Te avisaremos cuando esté en camino y puedes seguirlo cuando quieras con tu número de pedido.',
  'outcome.failure.network':
    'No pudimos conectar con la tienda. Revisa tu conexión e inténtalo de nuevo. No se te cobrará dos veces.',
  'outcome.failure.generic':
    'Algo salió mal por nuestra parte. Inténtalo de nuevo en un momento; no se te cobrará dos veces.',
} as const satisfies CompleteCatalog<'outcome'>;

export default es;
