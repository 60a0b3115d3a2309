// The storefront pages' own words: es (keys as in en.js).
export default {
  'site.nav': 'Sitio',
  'nav.orders': 'Tus pedidos',
  'nav.account': 'Tu cuenta',
  language: 'Idioma',
  'buyer.label': 'Comprador de prueba',
  'buyer.option': '{name} (comprador {n})',
  'buyer.switch': 'Cambiar de comprador',
  'demo.heading': 'Pruébalo en vivo',
  'demo.text':
    'Haz un pedido de prueba: el transportista simulado lo avanza un paso cada pocos segundos y su seguimiento se actualiza al instante. Cuando se envíe, el correo aparecerá en la página de captura.',
  'demo.place': 'Hacer un pedido de prueba',
  'demo.placing': 'Haciendo un pedido de prueba…',
  'demo.placed': 'Pedido {number} hecho y entregado al transportista. Su seguimiento es el primero de la lista.',
  'demo.failed':
    'No se pudo hacer el pedido de prueba. Comprueba que la API funciona en modo demo y vuelve a intentarlo.',
  'orders.loading': 'Cargando tus pedidos…',
  'orders.none': 'Todavía no tienes pedidos.',
  'orders.count': 'Pedidos mostrados: {count}',
  'orders.failed': 'No pudimos cargar tus pedidos. Recarga la página para volver a intentarlo.',
  'dialog.close': 'Cerrar',
  'dialog.dispute': 'Informar de un problema con tu pedido',
  'dialog.contact': 'Contactar con el vendedor',
  'dialog.refund': 'Pedir un reembolso, una devolución o un cambio',
  'dialog.help': 'Obtener ayuda con tu pedido',
  'dialog.disputeCase': 'Tu caso',
  'dialog.refundCase': 'Tu solicitud de reembolso',
  'dialog.pay': 'Pagar tu pedido',
  'dialog.payNumber': 'Pagar el pedido {number}',
  'dialog.helpText':
    'Elige lo que mejor encaje. Un informe de problema abre un caso: allí hablas con el vendedor y nuestro equipo puede intervenir.',
  'dialog.contactText':
    'Escribe al vendedor en un caso sobre este pedido: el vendedor responde allí y nuestro equipo puede intervenir si no estáis de acuerdo.',
};
