import type { Catalog } from '@txassist/sdk/i18n';

/** Mexican Spanish fills its gaps from Spanish, then English: `es-MX` → `es` → `en`. */
export const parent = 'es';

/**
 * Only what Mexican buyers say differently: "paquetería" for the carrier, the simple past
 * ("se realizó", "iniciaste sesión"), "contacta al vendedor", "Algo salió mal".
 */
const esMX = {
  'tracker.not_found.next_step':
    'Revisa el número de pedido en tu correo de confirmación y que iniciaste sesión con la cuenta con la que compraste.',
  'tracker.not_configured.next_step':
    'Contacta al vendedor y avísale que al seguimiento de pedidos le falta su configuración.',
  'tracker.carrier': 'Paquetería',
  'tracker.tag.pending.explanation': 'El vendedor creó el envío. La paquetería todavía no ha enviado novedades.',
  'tracker.tag.info_received.explanation': 'La paquetería ya tiene los datos del paquete y lo recogerá pronto.',
  'tracker.tag.in_transit.explanation': 'La paquetería tiene tu paquete y lo está llevando hacia ti.',
  'tracker.tag.failed_attempt.explanation': 'La paquetería intentó entregar tu paquete, pero no pudo.',
  'tracker.tag.delivered.explanation': 'La paquetería dice que tu paquete se entregó.',
  'tracker.tag.expired.explanation':
    'La paquetería lleva mucho tiempo sin dar novedades, así que el seguimiento se detuvo.',
  'tracker.no_shipments':
    'Todavía no se envía nada. El seguimiento aparecerá aquí cuando el vendedor entregue tu paquete a la paquetería.',
  'tracker.estimate_revised': 'La paquetería cambió la fecha estimada.',
  'tracker.timeline_heading': 'Novedades de la paquetería',
  'tracker.no_checkpoints': 'Todavía no hay novedades de la paquetería.',
  'tracker.problem.exception.explanation':
    'La paquetería reportó un problema y tu paquete está detenido. El vendedor puede revisarlo con la paquetería por ti.',
  'tracker.problem.failed_attempt.title': 'La paquetería no pudo entregar tu paquete',
  'tracker.problem.failed_attempt.explanation':
    'Normalmente lo vuelven a intentar el siguiente día hábil o lo dejan en un punto de recolección. Si no va a haber nadie en casa, contacta al vendedor.',
  'tracker.problem.expired.explanation':
    'La paquetería lleva mucho tiempo sin dar novedades. Puede que el paquete se haya perdido. Pregúntale al vendedor o reporta que no lo recibiste.',
  'tracker.problem.late.explanation':
    'La fecha de entrega estimada ya pasó. Muchas veces los paquetes solo se retrasan unos días, pero no tienes que esperar: pregúntale al vendedor o reporta que no lo recibiste.',
  'tracker.not_received_toggle': 'No me llegó',
  'tracker.action.contact_seller': 'Contactar al vendedor',
  'tracker.action.report_not_received': 'Reportar que no llegó',
} as const satisfies Catalog<'tracker'>;

export default esMX;
