// The creator page's words: da (keys as in en.js).
export default {
  'index.title': 'Glow-rutine med Mia – køb det, hun bruger',
  'index.heading': 'Min glow-rutine på 3 minutter',
  'index.video': 'Video: Mia påfører serummet og læbetinten',
  'index.caption': 'Mia viser serummet og læbetinten, hun bruger hver morgen.',
  'index.pitch': 'Alt i denne video, leveret til din dør.',
  'index.buy': 'Køb rutinen',
  'index.ordered': 'Bestilt: {number}',
  close: 'Luk',
  'buy.title': 'Glow Serum med Mia – køb det her',
  'buy.heading': 'Serummet fra min glow-rutine på 3 minutter',
  'buy.intro':
    'Køb det lige her, uden konto. Vi sender dig bekræftelsen og et link til at følge bestillingen på e-mail.',
  'track.title': 'Følg din bestilling – Glow Serum med Mia',
  'track.heading': 'Glow Serum med Mia',
  'track.back': 'Tilbage til serummet',
  language: 'Sprog',
  'language.show': 'Vis siden',
};
