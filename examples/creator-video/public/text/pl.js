// The creator page's words: pl (keys as in en.js).
export default {
  'index.title': 'Rutyna glow z Mią — kup to, czego używa',
  'index.heading': 'Moja 3-minutowa rutyna glow',
  'index.video': 'Film: Mia nakłada serum i tint do ust',
  'index.caption': 'Mia pokazuje serum i tint do ust, których używa każdego ranka.',
  'index.pitch': 'Wszystko z tego filmu, dostarczone pod Twoje drzwi.',
  'index.buy': 'Kup rutynę',
  'index.ordered': 'Zamówiono: {number}',
  close: 'Zamknij',
  'buy.title': 'Glow Serum z Mią — kup tutaj',
  'buy.heading': 'Serum z mojej 3-minutowej rutyny glow',
  'buy.intro': 'Kup je tutaj, bez zakładania konta. Wyślemy Ci e-mailem potwierdzenie i link do śledzenia zamówienia.',
  'track.title': 'Śledź zamówienie — Glow Serum z Mią',
  'track.heading': 'Glow Serum z Mią',
  'track.back': 'Wróć do serum',
  language: 'Język',
  'language.show': 'Pokaż stronę',
};
