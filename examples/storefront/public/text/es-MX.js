// The storefront pages' own words: Mexican Spanish, only what differs from es.js (then English).
export const parent = 'es';
export default {
  'demo.text':
    'Haz un pedido de prueba: la paquetería simulada lo avanza un paso cada pocos segundos y su rastreo se actualiza al momento. Cuando se envíe, el correo aparecerá en la página de captura.',
  'demo.placed': 'Pedido {number} hecho y entregado a la paquetería. Su rastreo es el primero de la lista.',
  'dialog.contact': 'Contactar al vendedor',
  'dialog.contactText':
    'Escríbele al vendedor en un caso sobre este pedido: el vendedor responde ahí y nuestro equipo puede intervenir si no se ponen de acuerdo.',
};
