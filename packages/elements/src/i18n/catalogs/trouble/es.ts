import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Spanish. */
const es = {
  'trouble.heading': 'La transacción falló',
  'trouble.payments': 'Pagos fallidos',
  'trouble.none': 'Ninguno de tus pedidos recientes tiene un pago fallido.',
  'trouble.pick': '¿Qué pago falló?',
  'trouble.attempt': 'Pedido {number}, {total}, {date}',
  'trouble.cause': 'Por qué:',
  'trouble.steps': 'Qué hacer:',
  'trouble.step.address': 'Comprueba que la dirección de facturación sea la que tu banco tiene para esta tarjeta.',
  'trouble.step.kept': 'El pedido {number} se conserva: págalo con otra tarjeta y no pierdes nada.',
  'trouble.address': 'Problemas con la dirección',
  'trouble.country': 'País de envío',
  'trouble.field.name': 'Nombre completo: obligatorio.',
  'trouble.field.line1': 'Calle y número: obligatorio.',
  'trouble.field.city': 'Ciudad: obligatoria.',
  'trouble.field.region_required': 'Estado, provincia o región: obligatorio en {country}.',
  'trouble.field.region_optional': 'Estado, provincia o región: opcional en {country}.',
  'trouble.field.postal_required': 'Código postal: obligatorio en {country}, en su formato local.',
  'trouble.field.postal_optional': 'Código postal: opcional en {country}.',
  'trouble.field.postal_none': 'Código postal: {country} no tiene, deja el campo vacío.',
  'trouble.field.phone': 'Teléfono: opcional, solo para la empresa de mensajería.',
  'trouble.postal.label': 'Comprobar un código postal de {country}',
  'trouble.postal.check': 'Comprobar',
  'trouble.postal.ok': '{code} es un código postal válido de {country}.',
  'trouble.postal.invalid': '{code} no es un código postal de {country}. Cópialo de una carta enviada a esa dirección.',
  'trouble.postal.empty': 'Escribe un código postal y luego elige Comprobar.',
} as const satisfies CompleteCatalog<'trouble'>;

export default es;
