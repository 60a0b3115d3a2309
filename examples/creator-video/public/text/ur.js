// The creator page's words: ur (keys as in en.js).
export default {
  'index.title': 'میا کے ساتھ گلو روٹین — وہی خریدیں جو وہ استعمال کرتی ہیں',
  'index.heading': 'میری 3 منٹ کی گلو روٹین',
  'index.video': 'ویڈیو: میا سیرم اور لپ ٹنٹ لگا رہی ہیں',
  'index.caption': 'میا وہ سیرم اور لپ ٹنٹ دکھاتی ہیں جو وہ ہر صبح استعمال کرتی ہیں۔',
  'index.pitch': 'اس ویڈیو کی ہر چیز، آپ کے دروازے تک۔',
  'index.buy': 'روٹین خریدیں',
  'index.ordered': 'آرڈر ہو گیا: {number}',
  close: 'بند کریں',
  'buy.title': 'میا کے ساتھ Glow Serum — یہیں خریدیں',
  'buy.heading': 'میری 3 منٹ کی گلو روٹین کا سیرم',
  'buy.intro': 'یہیں خریدیں، کسی اکاؤنٹ کی ضرورت نہیں۔ ہم آپ کو تصدیق اور آرڈر ٹریک کرنے کا لنک ای میل کریں گے۔',
  'track.title': 'اپنا آرڈر ٹریک کریں — میا کے ساتھ Glow Serum',
  'track.heading': 'میا کے ساتھ Glow Serum',
  'track.back': 'سیرم پر واپس جائیں',
  language: 'زبان',
  'language.show': 'صفحہ دکھائیں',
};
