// The creator page's words: tr (keys as in en.js).
export default {
  'index.title': 'Mia ile ışıltı rutini — onun kullandıklarını satın alın',
  'index.heading': '3 dakikalık ışıltı rutinim',
  'index.video': 'Video: Mia serumu ve dudak renklendiricisini sürüyor',
  'index.caption': 'Mia her sabah kullandığı serumu ve dudak renklendiricisini gösteriyor.',
  'index.pitch': 'Bu videodaki her şey kapınıza kadar gelsin.',
  'index.buy': 'Rutini satın al',
  'index.ordered': 'Sipariş verildi: {number}',
  close: 'Kapat',
  'buy.title': 'Mia ile Glow Serum — buradan satın alın',
  'buy.heading': '3 dakikalık ışıltı rutinimdeki serum',
  'buy.intro':
    'Hesap gerekmeden hemen buradan satın alın. Onayı ve siparişi takip etme bağlantısını size e-postayla göndeririz.',
  'track.title': 'Siparişinizi takip edin — Mia ile Glow Serum',
  'track.heading': 'Mia ile Glow Serum',
  'track.back': 'Seruma geri dön',
  language: 'Dil',
  'language.show': 'Sayfayı göster',
};
