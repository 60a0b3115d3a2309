// The creator page's words: he (keys as in en.js).
export default {
  'index.title': 'שגרת הזוהר עם מיה — קנו את מה שהיא משתמשת בו',
  'index.heading': 'שגרת הזוהר שלי ב-3 דקות',
  'index.video': 'סרטון: מיה מורחת את הסרום ואת הטינט לשפתיים',
  'index.caption': 'מיה מראה את הסרום ואת הטינט לשפתיים שהיא משתמשת בהם בכל בוקר.',
  'index.pitch': 'כל מה שבסרטון הזה, נשלח עד הדלת.',
  'index.buy': 'לקנות את השגרה',
  'index.ordered': 'ההזמנה בוצעה: {number}',
  close: 'סגירה',
  'buy.title': 'Glow Serum עם מיה — לקנות כאן',
  'buy.heading': 'הסרום משגרת הזוהר שלי ב-3 דקות',
  'buy.intro': 'קנו כאן ישירות, בלי צורך בחשבון. נשלח לכם באימייל את האישור וקישור למעקב אחרי ההזמנה.',
  'track.title': 'מעקב אחרי ההזמנה — Glow Serum עם מיה',
  'track.heading': 'Glow Serum עם מיה',
  'track.back': 'חזרה לסרום',
  language: 'שפה',
  'language.show': 'הצגת הדף',
};
