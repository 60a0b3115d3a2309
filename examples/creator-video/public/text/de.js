// The creator page's words: de (keys as in en.js).
export default {
  'index.title': 'Glow-Routine mit Mia – kaufen Sie, was sie benutzt',
  'index.heading': 'Meine 3-Minuten-Glow-Routine',
  'index.video': 'Video: Mia trägt das Serum und die Lippentönung auf',
  'index.caption': 'Mia zeigt das Serum und die Lippentönung, die sie jeden Morgen benutzt.',
  'index.pitch': 'Alles aus diesem Video, direkt zu Ihnen nach Hause.',
  'index.buy': 'Die Routine kaufen',
  'index.ordered': 'Bestellt: {number}',
  close: 'Schließen',
  'buy.title': 'Glow Serum mit Mia – hier kaufen',
  'buy.heading': 'Das Serum aus meiner 3-Minuten-Glow-Routine',
  'buy.intro':
    'Kaufen Sie es direkt hier, ganz ohne Konto. Wir senden Ihnen die Bestätigung und einen Link zur Sendungsverfolgung per E-Mail.',
  'track.title': 'Bestellung verfolgen – Glow Serum mit Mia',
  'track.heading': 'Glow Serum mit Mia',
  'track.back': 'Zurück zum Serum',
  language: 'Sprache',
  'language.show': 'Seite anzeigen',
};
