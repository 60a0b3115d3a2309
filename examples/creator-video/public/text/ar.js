// The creator page's words: ar (keys as in en.js).
export default {
  'index.title': 'روتين النضارة مع ميا — اشترِ ما تستخدمه',
  'index.heading': 'روتين النضارة في 3 دقائق',
  'index.video': 'فيديو: ميا تضع السيروم وصبغة الشفاه',
  'index.caption': 'تعرض ميا السيروم وصبغة الشفاه اللذين تستخدمهما كل صباح.',
  'index.pitch': 'كل ما في هذا الفيديو يصلك إلى باب بيتك.',
  'index.buy': 'اشترِ الروتين',
  'index.ordered': 'تم الطلب: {number}',
  close: 'إغلاق',
  'buy.title': 'Glow Serum مع ميا — اشترِه من هنا',
  'buy.heading': 'السيروم من روتين النضارة في 3 دقائق',
  'buy.intro': 'اشترِه من هنا مباشرةً، دون الحاجة إلى حساب. نرسل إليك بالبريد الإلكتروني التأكيد ورابطًا لتتبع الطلب.',
  'track.title': 'تتبع طلبك — Glow Serum مع ميا',
  'track.heading': 'Glow Serum مع ميا',
  'track.back': 'العودة إلى السيروم',
  language: 'اللغة',
  'language.show': 'عرض الصفحة',
};
