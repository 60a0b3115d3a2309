import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The help assistant in Spanish. */
const es = {
  'assistant.heading': 'Ayuda',
  'assistant.launcher': 'Obtener ayuda',
  'assistant.close': 'Cerrar ayuda',
  'assistant.loading': 'Revisando tus pedidos…',
  'assistant.suggestions_heading': 'Lo que requiere tu atención',
  'assistant.recent_heading': 'Nada requiere tu atención. Tus pedidos recientes:',
  'assistant.no_orders': 'Aún no tienes pedidos.',
  'assistant.updated': 'Sugerencias actualizadas.',
  'assistant.payment_failed.text': 'El pago del pedido {number} no se completó. {reason}',
  'assistant.parcel_exception.text': 'Un paquete del pedido {number} tiene un problema de entrega.',
  'assistant.parcel_failed_attempt.text':
    'El transportista intentó entregar un paquete del pedido {number}, pero no pudo.',
  'assistant.parcel_expired.text': 'El transportista dejó de enviar noticias de un paquete del pedido {number}.',
  'assistant.parcel_late.text': 'Un paquete del pedido {number} va con retraso: ya debería haber llegado.',
  'assistant.payment_pending.text':
    'El pedido {number} está pendiente de pago. Paga ahora para que se envíe o cancélalo desde el pedido.',
  'assistant.order_help.text': 'Pedido {number}: {status}. Si algo va mal, díselo al vendedor.',
  'assistant.action.pay_now': 'Pagar ahora',
  'assistant.dispute_reply_needed.text': 'Tu caso sobre el pedido {number} espera tu respuesta.',
  'assistant.refund_approved.text':
    'Tu reembolso de {amount} del pedido {number} está en camino. Debería llegarte antes del {date}.',
  'assistant.recent_order.text': 'Pedido {number}, {date}, {total}: {status}',
  'assistant.unknown.text': 'Algo del pedido {number} podría necesitarte.',
  'assistant.action.try_another_card': 'Prueba con otra tarjeta',
  'assistant.action.report_problem': 'Informar de un problema',
  'assistant.action.reply_to_dispute': 'Responde antes del {date}',
  'assistant.action.view_refund': 'Ver el reembolso',
  'assistant.action.view_order': 'Ver el pedido {number}',
  'assistant.action.unknown': 'Abrir el pedido {number}',
  'assistant.check.button': 'Comprobar mi conexión',
  'assistant.check.heading': 'Comprobación de la conexión',
  'assistant.check.running': 'Comprobando tu conexión…',
  'assistant.check.done': 'Comprobación terminada: {passed} de {total} bien.',
  'assistant.check.ok': 'Bien',
  'assistant.check.problem': 'Problema',
  'assistant.check.api.ok': 'El servicio responde en {ms} ms.',
  'assistant.check.api.slow': 'El servicio responde, pero despacio ({ms} ms). Las páginas pueden tardar.',
  'assistant.check.api.fail':
    'No podemos conectar con el servicio. Revisa tu conexión a internet y vuelve a intentarlo.',
  'assistant.check.stream.ok': 'Las actualizaciones en directo funcionan.',
  'assistant.check.stream.fail':
    'Las actualizaciones en directo no se abren aquí. Todo sigue funcionando; recarga para ver los cambios.',
  'assistant.check.storage.ok': 'Este dispositivo puede guardar tus borradores.',
  'assistant.check.storage.fail':
    'Este navegador no puede guardar borradores (¿modo privado?). Completa los formularios de una vez.',
  'assistant.check.browser.ok': 'Tu navegador tiene todo lo que necesitan estas páginas.',
  'assistant.check.browser.fail': 'A tu navegador le falta {features}. Actualízalo o prueba otro navegador.',
  'assistant.check.clock.ok': 'El reloj de tu dispositivo está bien.',
  'assistant.check.clock.fail':
    'El reloj de tu dispositivo va {minutes} min desfasado. Configúralo para que se actualice solo.',
  'assistant.check.copy': 'Copiar detalles para soporte',
  'assistant.check.copied': 'Detalles copiados. Pégalos en tu mensaje a soporte.',
  'assistant.check.copy_failed': 'No se pudo copiar. Selecciona los detalles de abajo y cópialos tú.',
  'assistant.check.details': 'Detalles para soporte (sin datos personales)',
  'assistant.check.again': 'Comprobar de nuevo',
  'assistant.back': 'Volver a las sugerencias',
  'assistant.sign_in.button': '¿No puedes iniciar sesión o encontrar tu pedido?',
  'assistant.sign_in.heading': 'Inicia sesión con un código por correo',
  'assistant.sign_in.intro': 'Escribe el correo que usaste en tus pedidos. Te enviaremos un código que los abre.',
  'assistant.sign_in.email': 'Correo electrónico',
  'assistant.sign_in.send': 'Envíame un código',
  'assistant.sign_in.sent':
    'Si {email} tiene pedidos aquí, le enviamos un código de {digits} dígitos. Sirve una vez, durante {minutes} minutos.',
  'assistant.sign_in.code': 'Código del correo',
  'assistant.sign_in.submit': 'Iniciar sesión',
  'assistant.sign_in.other_email': 'Usar otro correo',
  'assistant.sign_in.signed_in': 'Has iniciado sesión. Aquí están tus pedidos.',
  'assistant.sign_in.lookup': 'Buscar un pedido por su número',
  'assistant.sign_in.email_invalid': 'Escribe un correo como name@example.com.',
  'assistant.sign_in.code_invalid': 'Escribe el código de {digits} dígitos del correo.',
} as const satisfies CompleteCatalog<'assistant'>;

export default es;
