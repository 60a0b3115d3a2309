import type { Catalog } from '@txassist/sdk/i18n';

/** Mexican Spanish fills its gaps from Spanish, then English: `es-MX` → `es` → `en`. */
export const parent = 'es';

/** Only what Mexican buyers say differently: "paquetería" for the carrier, "compañía telefónica", "venció". */
const esMX = {
  'privacy.consent.carrier_address_sharing.label': 'Compartir tu dirección con la paquetería',
  'privacy.consent.carrier_address_sharing.explanation':
    'La paquetería recibe tu nombre, dirección y teléfono para poder entregarte el paquete.',
  'privacy.consent.notifications_sms.explanation':
    'Te enviamos SMS sobre tus pedidos y entregas. Tu compañía telefónica puede cobrarte las tarifas habituales.',
} as const satisfies Catalog<'privacy'>;

export default esMX;
