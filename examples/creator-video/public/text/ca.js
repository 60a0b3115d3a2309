// The creator page's words: ca (keys as in en.js).
export default {
  'index.title': 'Rutina de lluminositat amb la Mia: compra el que fa servir',
  'index.heading': 'La meva rutina de lluminositat de 3 minuts',
  'index.video': 'Vídeo: la Mia s’aplica el sèrum i el tint de llavis',
  'index.caption': 'La Mia ensenya el sèrum i el tint de llavis que fa servir cada matí.',
  'index.pitch': 'Tot el que surt en aquest vídeo, a la porta de casa.',
  'index.buy': 'Compra la rutina',
  'index.ordered': 'Comanda feta: {number}',
  close: 'Tanca',
  'buy.title': 'Glow Serum amb la Mia: compra’l aquí',
  'buy.heading': 'El sèrum de la meva rutina de lluminositat de 3 minuts',
  'buy.intro':
    'Compra’l aquí mateix, sense compte. T’enviem per correu la confirmació i un enllaç per seguir la comanda.',
  'track.title': 'Segueix la comanda: Glow Serum amb la Mia',
  'track.heading': 'Glow Serum amb la Mia',
  'track.back': 'Torna al sèrum',
  language: 'Idioma',
  'language.show': 'Mostra la pàgina',
};
