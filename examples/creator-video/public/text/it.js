// The creator page's words: it (keys as in en.js).
export default {
  'index.title': 'Routine glow con Mia: compra ciò che usa',
  'index.heading': 'La mia routine glow in 3 minuti',
  'index.video': 'Video: Mia applica il siero e la tinta labbra',
  'index.caption': 'Mia mostra il siero e la tinta labbra che usa ogni mattina.',
  'index.pitch': 'Tutto ciò che vedi in questo video, consegnato a casa tua.',
  'index.buy': 'Acquista la routine',
  'index.ordered': 'Ordine effettuato: {number}',
  close: 'Chiudi',
  'buy.title': 'Glow Serum con Mia: acquistalo qui',
  'buy.heading': 'Il siero della mia routine glow in 3 minuti',
  'buy.intro':
    'Acquistalo qui, senza bisogno di un account. Ti inviamo via email la conferma e un link per seguire l’ordine.',
  'track.title': 'Segui il tuo ordine — Glow Serum con Mia',
  'track.heading': 'Glow Serum con Mia',
  'track.back': 'Torna al siero',
  language: 'Lingua',
  'language.show': 'Mostra la pagina',
};
