// The creator page's words: hu (keys as in en.js).
export default {
  'index.title': 'Ragyogásrutin Miával – vásárold meg, amit használ',
  'index.heading': 'Az én 3 perces ragyogásrutinom',
  'index.video': 'Videó: Mia felviszi a szérumot és az ajakszínezőt',
  'index.caption': 'Mia megmutatja a szérumot és az ajakszínezőt, amelyet minden reggel használ.',
  'index.pitch': 'Minden, ami ebben a videóban van, házhoz szállítva.',
  'index.buy': 'Megveszem a rutint',
  'index.ordered': 'Megrendelve: {number}',
  close: 'Bezárás',
  'buy.title': 'Glow Serum Miával – vásárold meg itt',
  'buy.heading': 'A szérum a 3 perces ragyogásrutinomból',
  'buy.intro':
    'Vásárold meg itt, fiók nélkül. E-mailben elküldjük a visszaigazolást és egy linket a rendelés követéséhez.',
  'track.title': 'Rendelés követése – Glow Serum Miával',
  'track.heading': 'Glow Serum Miával',
  'track.back': 'Vissza a szérumhoz',
  language: 'Nyelv',
  'language.show': 'Oldal megjelenítése',
};
