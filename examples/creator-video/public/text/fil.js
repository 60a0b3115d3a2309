// The creator page's words: fil (keys as in en.js).
export default {
  'index.title': 'Glow routine kasama si Mia — bilhin ang ginagamit niya',
  'index.heading': 'Ang aking 3-minutong glow routine',
  'index.video': 'Video: Inilalagay ni Mia ang serum at ang lip tint',
  'index.caption': 'Ipinapakita ni Mia ang serum at lip tint na ginagamit niya tuwing umaga.',
  'index.pitch': 'Lahat ng nasa video na ito, ihahatid sa pintuan mo.',
  'index.buy': 'Bilhin ang routine',
  'index.ordered': 'Na-order: {number}',
  close: 'Isara',
  'buy.title': 'Glow Serum kasama si Mia — bilhin dito',
  'buy.heading': 'Ang serum mula sa aking 3-minutong glow routine',
  'buy.intro':
    'Bilhin mo na rito, walang kailangang account. Ie-email namin sa iyo ang kumpirmasyon at link para masubaybayan ang order.',
  'track.title': 'Subaybayan ang order mo — Glow Serum kasama si Mia',
  'track.heading': 'Glow Serum kasama si Mia',
  'track.back': 'Bumalik sa serum',
  language: 'Wika',
  'language.show': 'Ipakita ang page',
};
