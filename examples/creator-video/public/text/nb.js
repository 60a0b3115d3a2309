// The creator page's words: nb (keys as in en.js).
export default {
  'index.title': 'Glow-rutine med Mia – kjøp det hun bruker',
  'index.heading': 'Min glow-rutine på 3 minutter',
  'index.video': 'Video: Mia påfører serumet og leppetinten',
  'index.caption': 'Mia viser serumet og leppetinten hun bruker hver morgen.',
  'index.pitch': 'Alt i denne videoen, levert på døra.',
  'index.buy': 'Kjøp rutinen',
  'index.ordered': 'Bestilt: {number}',
  close: 'Lukk',
  'buy.title': 'Glow Serum med Mia – kjøp det her',
  'buy.heading': 'Serumet fra glow-rutinen min på 3 minutter',
  'buy.intro':
    'Kjøp det rett her, uten konto. Vi sender deg bekreftelsen og en lenke for å spore bestillingen på e-post.',
  'track.title': 'Spor bestillingen – Glow Serum med Mia',
  'track.heading': 'Glow Serum med Mia',
  'track.back': 'Tilbake til serumet',
  language: 'Språk',
  'language.show': 'Vis siden',
};
