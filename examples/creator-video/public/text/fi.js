// The creator page's words: fi (keys as in en.js).
export default {
  'index.title': 'Hehkurutiini Mian kanssa – osta, mitä hän käyttää',
  'index.heading': 'Kolmen minuutin hehkurutiinini',
  'index.video': 'Video: Mia levittää seerumin ja huulisävyn',
  'index.caption': 'Mia näyttää seerumin ja huulisävyn, joita hän käyttää joka aamu.',
  'index.pitch': 'Kaikki tämän videon tuotteet kotiovellesi.',
  'index.buy': 'Osta rutiini',
  'index.ordered': 'Tilattu: {number}',
  close: 'Sulje',
  'buy.title': 'Glow Serum Mian kanssa – osta tästä',
  'buy.heading': 'Seerumi kolmen minuutin hehkurutiinistani',
  'buy.intro':
    'Osta suoraan tästä, tiliä ei tarvita. Lähetämme sinulle sähköpostilla vahvistuksen ja linkin tilauksen seurantaan.',
  'track.title': 'Seuraa tilaustasi – Glow Serum Mian kanssa',
  'track.heading': 'Glow Serum Mian kanssa',
  'track.back': 'Takaisin seerumiin',
  language: 'Kieli',
  'language.show': 'Näytä sivu',
};
