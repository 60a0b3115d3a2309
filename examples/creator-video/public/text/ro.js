// The creator page's words: ro (keys as in en.js).
export default {
  'index.title': 'Rutina de strălucire cu Mia — cumpără ce folosește ea',
  'index.heading': 'Rutina mea de strălucire în 3 minute',
  'index.video': 'Video: Mia aplică serul și tintul de buze',
  'index.caption': 'Mia arată serul și tintul de buze pe care le folosește în fiecare dimineață.',
  'index.pitch': 'Tot ce vezi în acest video, livrat la ușa ta.',
  'index.buy': 'Cumpără rutina',
  'index.ordered': 'Comandă plasată: {number}',
  close: 'Închide',
  'buy.title': 'Glow Serum cu Mia — cumpără-l aici',
  'buy.heading': 'Serul din rutina mea de strălucire în 3 minute',
  'buy.intro':
    'Cumpără-l chiar aici, fără cont. Îți trimitem prin e-mail confirmarea și un link pentru urmărirea comenzii.',
  'track.title': 'Urmărește comanda — Glow Serum cu Mia',
  'track.heading': 'Glow Serum cu Mia',
  'track.back': 'Înapoi la ser',
  language: 'Limbă',
  'language.show': 'Afișează pagina',
};
