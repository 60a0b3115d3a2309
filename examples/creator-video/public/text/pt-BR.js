// The creator page's words: pt-BR (keys as in en.js).
export default {
  'index.title': 'Rotina glow com a Mia: compre o que ela usa',
  'index.heading': 'Minha rotina glow de 3 minutos',
  'index.video': 'Vídeo: Mia aplica o sérum e o tint labial',
  'index.caption': 'Mia mostra o sérum e o tint labial que usa toda manhã.',
  'index.pitch': 'Tudo deste vídeo, entregue na sua porta.',
  'index.buy': 'Comprar a rotina',
  'index.ordered': 'Pedido feito: {number}',
  close: 'Fechar',
  'buy.title': 'Glow Serum com a Mia: compre aqui',
  'buy.heading': 'O sérum da minha rotina glow de 3 minutos',
  'buy.intro':
    'Compre aqui mesmo, sem precisar de conta. Enviamos por e-mail a confirmação e um link para acompanhar o pedido.',
  'track.title': 'Acompanhe seu pedido: Glow Serum com a Mia',
  'track.heading': 'Glow Serum com a Mia',
  'track.back': 'Voltar ao sérum',
  language: 'Idioma',
  'language.show': 'Mostrar a página',
};
