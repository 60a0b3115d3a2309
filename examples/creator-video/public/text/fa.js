// The creator page's words: fa (keys as in en.js).
export default {
  'index.title': 'روتین درخشندگی با میا — همان چیزی را بخرید که او استفاده می‌کند',
  'index.heading': 'روتین درخشندگی ۳ دقیقه‌ای من',
  'index.video': 'ویدیو: میا سرم و تینت لب را می‌زند',
  'index.caption': 'میا سرم و تینت لبی را که هر صبح استفاده می‌کند نشان می‌دهد.',
  'index.pitch': 'همه چیزهای این ویدیو، تا دم در خانه‌تان.',
  'index.buy': 'خرید روتین',
  'index.ordered': 'سفارش ثبت شد: {number}',
  close: 'بستن',
  'buy.title': 'Glow Serum با میا — همین‌جا بخرید',
  'buy.heading': 'سرم روتین درخشندگی ۳ دقیقه‌ای من',
  'buy.intro': 'همین‌جا بخرید، بدون نیاز به حساب کاربری. تأیید و پیوندی برای پیگیری سفارش را برایتان ایمیل می‌کنیم.',
  'track.title': 'پیگیری سفارش — Glow Serum با میا',
  'track.heading': 'Glow Serum با میا',
  'track.back': 'بازگشت به سرم',
  language: 'زبان',
  'language.show': 'نمایش صفحه',
};
