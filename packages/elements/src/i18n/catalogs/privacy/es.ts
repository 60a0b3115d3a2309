import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Spanish (Spain and the fallback for every other Spanish), in the informal "tú" that social-commerce apps use. */
const es = {
  'privacy.heading': 'Privacidad y tus datos',
  'privacy.intro':
    'Elige para qué se usan tus datos y cómo te contactamos. También puedes descargar o eliminar tus datos.',
  'privacy.loading': 'Cargando tu configuración de privacidad…',
  'privacy.on': 'Activado',
  'privacy.off': 'Desactivado',
  'privacy.saving': 'Guardando…',
  'privacy.saved_on': '“{label}” está activado.',
  'privacy.saved_off': '“{label}” está desactivado.',
  'privacy.save_failed': 'No pudimos guardar “{label}”, así que quedó como estaba.',
  'privacy.consents.heading': 'Para qué usamos tus datos',
  'privacy.consents.intro': 'Los cambios se aplican al instante y puedes cambiar de opinión cuando quieras.',
  'privacy.consents.necessary':
    'Siempre activado: es necesario para entregar tus pedidos. Para detenerlo, elimina tus datos más abajo.',
  'privacy.consents.changed': 'Último cambio: {date}',
  'privacy.consent.order_processing.label': 'Procesar tus pedidos y pagos',
  'privacy.consent.order_processing.explanation':
    'Usamos tu nombre, tus datos de contacto y de pago para cobrar y gestionar tus pedidos, reembolsos y disputas.',
  'privacy.consent.carrier_address_sharing.label': 'Compartir tu dirección con el transportista',
  'privacy.consent.carrier_address_sharing.explanation':
    'La empresa de reparto recibe tu nombre, dirección y teléfono para poder entregarte el paquete.',
  'privacy.consent.notifications_email.label': 'Mensajes por correo electrónico',
  'privacy.consent.notifications_email.explanation':
    'Te escribimos por correo sobre tus pedidos, entregas, reembolsos y disputas.',
  'privacy.consent.notifications_sms.label': 'Mensajes de texto (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'Te enviamos SMS sobre tus pedidos y entregas. Pueden aplicarse las tarifas habituales de tu operador.',
  'privacy.consent.personalisation.label': 'Sugerencias y anuncios personalizados',
  'privacy.consent.personalisation.explanation':
    'Usamos lo que compras y miras para sugerirte productos y mostrarte anuncios a tu medida. Está desactivado salvo que lo actives.',
  'privacy.preferences.heading': 'Cómo te contactamos',
  'privacy.preferences.intro': 'Elige qué mensajes recibes y dónde.',
  'privacy.preferences.caption': 'Mensajes por canal',
  'privacy.preferences.kind_header': 'Mensaje',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'En pausa',
  'privacy.preferences.withdrawn':
    '{channel} está en pausa porque “{consent}” está desactivado arriba. Guardamos tus opciones para cuando lo vuelvas a activar.',
  'privacy.kind.order_updates': 'Novedades del pedido',
  'privacy.kind.delivery_problems': 'Problemas con la entrega',
  'privacy.kind.refunds_and_disputes': 'Reembolsos y disputas',
  'privacy.channel.in_app': 'En la app',
  'privacy.channel.email': 'Correo',
  'privacy.channel.sms': 'SMS',
  'privacy.export.heading': 'Descargar mis datos',
  'privacy.export.intro':
    'Obtén una copia de todo lo que guardamos sobre ti, en un archivo JSON que otros servicios pueden leer. Puedes descargarlo una vez, en las próximas 24 horas.',
  'privacy.export.request': 'Solicitar mis datos',
  'privacy.erasure.heading': 'Eliminar mis datos',
  'privacy.erasure.intro': 'Esto elimina tus datos personales y cierra tu cuenta en esta tienda. No se puede deshacer.',
  'privacy.erasure.removed_heading': 'Qué eliminamos',
  'privacy.erasure.kept_heading': 'Qué conservamos y por qué',
  'privacy.erasure.removed.contact_details': 'Tu nombre, correo electrónico y teléfono',
  'privacy.erasure.removed.shipping_addresses': 'Las direcciones de envío de tus pedidos',
  'privacy.erasure.removed.preferences_and_messages': 'Tus consentimientos, preferencias de avisos y mensajes',
  'privacy.erasure.removed.activity_history': 'Sesiones, exportaciones de datos e historial de actualizaciones',
  'privacy.erasure.kept.financial_records.record': 'Pedidos y pagos (artículos, importes, fechas)',
  'privacy.erasure.kept.financial_records.reason':
    'La ley fiscal y contable nos obliga a conservarlos, pero sin nada que los vincule contigo.',
  'privacy.erasure.kept.audit_log.record': 'Registro de auditoría de seguridad',
  'privacy.erasure.kept.audit_log.reason':
    'Registra quién accedió a datos personales, para protegerte. Solo contiene identificadores que ya no llevan a ti.',
  'privacy.erasure.start': 'Eliminar mis datos…',
  'privacy.erasure.done_heading': 'Tus datos se han eliminado',
  'privacy.erasure.done_text': 'Eliminamos tus datos personales el {date}. Se cerró tu sesión en esta tienda.',
  'privacy.other': 'Otro uso de tus datos',
} as const satisfies CompleteCatalog<'privacy'>;

export default es;
