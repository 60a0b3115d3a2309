// The creator page's words: sv (keys as in en.js).
export default {
  'index.title': 'Glowrutin med Mia – köp det hon använder',
  'index.heading': 'Min glowrutin på 3 minuter',
  'index.video': 'Video: Mia applicerar serumet och läppfärgen',
  'index.caption': 'Mia visar serumet och läppfärgen hon använder varje morgon.',
  'index.pitch': 'Allt i den här videon, levererat till din dörr.',
  'index.buy': 'Köp rutinen',
  'index.ordered': 'Beställd: {number}',
  close: 'Stäng',
  'buy.title': 'Glow Serum med Mia – köp det här',
  'buy.heading': 'Serumet från min glowrutin på 3 minuter',
  'buy.intro':
    'Köp det direkt här, inget konto behövs. Vi mejlar dig bekräftelsen och en länk för att spåra beställningen.',
  'track.title': 'Spåra din beställning – Glow Serum med Mia',
  'track.heading': 'Glow Serum med Mia',
  'track.back': 'Tillbaka till serumet',
  language: 'Språk',
  'language.show': 'Visa sidan',
};
