import type { CompleteCatalog } from '../../catalog.js';

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
} as const satisfies CompleteCatalog<'tracker'>;

export default es;
