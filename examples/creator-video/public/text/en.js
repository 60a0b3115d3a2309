// The creator page's words in English, the source every other text/<locale>.js translates (same keys;
// {number} is filled in by app.js). The creator's back end (server.ts) puts them into the pages.
export default {
  'index.title': 'Glow routine with Mia — buy what she uses',
  'index.heading': 'My 3-minute glow routine',
  'index.video': 'Video: Mia applies the serum and the lip tint',
  'index.caption': 'Mia shows the serum and the lip tint she uses every morning.',
  'index.pitch': 'Everything in this video, sent to your door.',
  'index.buy': 'Buy the routine',
  'index.ordered': 'Ordered: {number}',
  close: 'Close',
  'buy.title': 'Glow Serum with Mia — buy it here',
  'buy.heading': 'The serum from my 3-minute glow routine',
  'buy.intro': 'Buy it right here: no account needed. We email you the confirmation and a link to track it.',
  'track.title': 'Track your order — Glow Serum with Mia',
  'track.heading': 'Glow Serum with Mia',
  'track.back': 'Back to the serum',
  language: 'Language',
  'language.show': 'Show the page',
};
