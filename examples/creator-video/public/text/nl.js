// The creator page's words: nl (keys as in en.js).
export default {
  'index.title': 'Glow-routine met Mia — koop wat zij gebruikt',
  'index.heading': 'Mijn glow-routine van 3 minuten',
  'index.video': 'Video: Mia brengt het serum en de liptint aan',
  'index.caption': 'Mia laat het serum en de liptint zien die ze elke ochtend gebruikt.',
  'index.pitch': 'Alles uit deze video, bij je thuisbezorgd.',
  'index.buy': 'Koop de routine',
  'index.ordered': 'Besteld: {number}',
  close: 'Sluiten',
  'buy.title': 'Glow Serum met Mia — hier te koop',
  'buy.heading': 'Het serum uit mijn glow-routine van 3 minuten',
  'buy.intro': 'Koop het hier, zonder account. We mailen je de bevestiging en een link om je bestelling te volgen.',
  'track.title': 'Volg je bestelling — Glow Serum met Mia',
  'track.heading': 'Glow Serum met Mia',
  'track.back': 'Terug naar het serum',
  language: 'Taal',
  'language.show': 'Pagina tonen',
};
