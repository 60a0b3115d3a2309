import type { Catalog } from '@txassist/sdk/i18n';

/** Mexican Spanish fills its gaps from Spanish, then English: `es-MX` → `es` → `en`. */
export const parent = 'es';

const esMX = {
  'checkout.step.address': 'Dirección de entrega',
  'checkout.cart.empty': 'Tu carrito está vacío. Agrega algo de la tienda y regresa aquí.',
  'checkout.address.line2': 'Departamento, interior, piso (opcional)',
  'checkout.address.region': 'Estado',
  'checkout.address.region_optional': 'Estado (opcional)',
  'checkout.address.phone': 'Teléfono (opcional, para la paquetería)',
  'checkout.error.region_required': 'Escribe tu estado.',
  'checkout.payment.saved_card_expiry': 'Vence el {month}/{year}',
  'checkout.payment.cod': 'Pago contra entrega',
  'checkout.payment.cod_hint': 'Paga en efectivo a la paquetería cuando llegue tu pedido.',
  'checkout.card.expiry': 'Fecha de vencimiento',
  'checkout.card.number_incomplete': 'El número de la tarjeta es muy corto. Revísalo en tu tarjeta.',
  'checkout.card.expiry_required': 'Escribe la fecha de vencimiento como aparece en la tarjeta.',
  'checkout.card.expiry_invalid': 'Escribe la fecha de vencimiento como mes y año, por ejemplo 08 / 29.',
  'checkout.card.expiry_past': 'Esta tarjeta ya venció. Usa otra tarjeta.',
  'checkout.card.cvc_incomplete': 'El código de seguridad es muy corto. Revísalo en tu tarjeta.',
} as const satisfies Catalog<'checkout'>;

export default esMX;
