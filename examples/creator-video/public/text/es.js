// The creator page's words: es (keys as in en.js).
export default {
  'index.title': 'Rutina glow con Mia: compra lo que ella usa',
  'index.heading': 'Mi rutina glow de 3 minutos',
  'index.video': 'Vídeo: Mia se aplica el sérum y el tinte de labios',
  'index.caption': 'Mia muestra el sérum y el tinte de labios que usa cada mañana.',
  'index.pitch': 'Todo lo de este vídeo, enviado a tu puerta.',
  'index.buy': 'Comprar la rutina',
  'index.ordered': 'Pedido realizado: {number}',
  close: 'Cerrar',
  'buy.title': 'Glow Serum con Mia: cómpralo aquí',
  'buy.heading': 'El sérum de mi rutina glow de 3 minutos',
  'buy.intro':
    'Cómpralo aquí mismo, sin necesidad de cuenta. Te enviamos por correo la confirmación y un enlace para seguir el pedido.',
  'track.title': 'Sigue tu pedido: Glow Serum con Mia',
  'track.heading': 'Glow Serum con Mia',
  'track.back': 'Volver al sérum',
  language: 'Idioma',
  'language.show': 'Mostrar la página',
};
