// The creator page's words: ja (keys as in en.js).
export default {
  'index.title': 'Miaのツヤ肌ルーティン — 愛用品をここで購入',
  'index.heading': '3分でできるツヤ肌ルーティン',
  'index.video': '動画：Miaが美容液とリップティントを塗っています',
  'index.caption': 'Miaが毎朝使っている美容液とリップティントを紹介します。',
  'index.pitch': 'この動画のアイテムをすべてご自宅にお届けします。',
  'index.buy': 'ルーティンを購入',
  'index.ordered': '注文しました：{number}',
  close: '閉じる',
  'buy.title': 'MiaのGlow Serum — ここで購入',
  'buy.heading': '3分ツヤ肌ルーティンの美容液',
  'buy.intro': 'アカウント不要で、ここですぐに購入できます。確認メールと、注文を追跡するためのリンクをお送りします。',
  'track.title': '注文を追跡 — MiaのGlow Serum',
  'track.heading': 'MiaのGlow Serum',
  'track.back': '美容液のページに戻る',
  language: '言語',
  'language.show': 'ページを表示',
};
