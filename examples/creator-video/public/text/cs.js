// The creator page's words: cs (keys as in en.js).
export default {
  'index.title': 'Rozjasňující rutina s Miou – kupte si, co používá',
  'index.heading': 'Moje 3minutová rozjasňující rutina',
  'index.video': 'Video: Mia nanáší sérum a tint na rty',
  'index.caption': 'Mia ukazuje sérum a tint na rty, které používá každé ráno.',
  'index.pitch': 'Vše z tohoto videa, doručené až ke dveřím.',
  'index.buy': 'Koupit rutinu',
  'index.ordered': 'Objednáno: {number}',
  close: 'Zavřít',
  'buy.title': 'Glow Serum s Miou – kupte si ho tady',
  'buy.heading': 'Sérum z mé 3minutové rozjasňující rutiny',
  'buy.intro': 'Kupte si ho přímo tady, bez účtu. Potvrzení a odkaz ke sledování objednávky vám pošleme e-mailem.',
  'track.title': 'Sledujte objednávku – Glow Serum s Miou',
  'track.heading': 'Glow Serum s Miou',
  'track.back': 'Zpět k séru',
  language: 'Jazyk',
  'language.show': 'Zobrazit stránku',
};
