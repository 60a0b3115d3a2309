// The creator page's words: pt-PT (keys as in en.js).
export default {
  'index.title': 'Rotina glow com a Mia: compre o que ela usa',
  'index.heading': 'A minha rotina glow de 3 minutos',
  'index.video': 'Vídeo: a Mia aplica o sérum e a tinta para lábios',
  'index.caption': 'A Mia mostra o sérum e a tinta para lábios que usa todas as manhãs.',
  'index.pitch': 'Tudo o que está neste vídeo, entregue à sua porta.',
  'index.buy': 'Comprar a rotina',
  'index.ordered': 'Encomenda feita: {number}',
  close: 'Fechar',
  'buy.title': 'Glow Serum com a Mia: compre aqui',
  'buy.heading': 'O sérum da minha rotina glow de 3 minutos',
  'buy.intro':
    'Compre aqui mesmo, sem precisar de conta. Enviamos-lhe por e-mail a confirmação e uma ligação para acompanhar a encomenda.',
  'track.title': 'Acompanhe a sua encomenda: Glow Serum com a Mia',
  'track.heading': 'Glow Serum com a Mia',
  'track.back': 'Voltar ao sérum',
  language: 'Idioma',
  'language.show': 'Mostrar a página',
};
