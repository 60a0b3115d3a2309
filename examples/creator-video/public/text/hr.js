// The creator page's words: hr (keys as in en.js).
export default {
  'index.title': 'Rutina za sjaj s Miom — kupite ono što ona koristi',
  'index.heading': 'Moja rutina za sjaj od 3 minute',
  'index.video': 'Video: Mia nanosi serum i tint za usne',
  'index.caption': 'Mia pokazuje serum i tint za usne koje koristi svako jutro.',
  'index.pitch': 'Sve iz ovog videa, dostavljeno na vaša vrata.',
  'index.buy': 'Kupi rutinu',
  'index.ordered': 'Naručeno: {number}',
  close: 'Zatvori',
  'buy.title': 'Glow Serum s Miom — kupite ga ovdje',
  'buy.heading': 'Serum iz moje rutine za sjaj od 3 minute',
  'buy.intro': 'Kupite ga ovdje, bez računa. E-poštom vam šaljemo potvrdu i poveznicu za praćenje narudžbe.',
  'track.title': 'Pratite narudžbu — Glow Serum s Miom',
  'track.heading': 'Glow Serum s Miom',
  'track.back': 'Natrag na serum',
  language: 'Jezik',
  'language.show': 'Prikaži stranicu',
};
