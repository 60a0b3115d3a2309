import type { CompleteCatalog } from '../../catalog.js';

/** Modern Standard Arabic in the plain, direct style of Gulf and Egyptian shopping apps. Right to left. */
const ar = {
  'tracker.heading': 'الطلب {number}',
  'tracker.loading': 'جارٍ تحميل طلبك…',
  'tracker.loaded': 'تم تحميل الطلب {number}. الحالة: {status}.',
  'tracker.placed': 'تاريخ الطلب: {date}',
  'tracker.sold_by': 'البائع: {seller}',
  'tracker.status_heading': 'الحالة',
  'tracker.items_heading': {
    zero: 'لا توجد منتجات',
    one: 'منتج واحد',
    two: 'منتجان',
    few: '{count} منتجات',
    many: '{count} منتجًا',
    other: '{count} منتج',
  },
  'tracker.quantity': 'الكمية: {count}',
  'tracker.unit_price': '{price} للقطعة',
  'tracker.variant': 'الخيار: {variant}',
  'tracker.summary_heading': 'ملخص الدفع',
  'tracker.subtotal': 'المجموع الفرعي',
  'tracker.shipping': 'الشحن',
  'tracker.tax': 'الضريبة',
  'tracker.discount': 'الخصم',
  'tracker.total': 'الإجمالي',
  'tracker.not_found.title': 'لم نعثر على هذا الطلب',
  'tracker.not_found.next_step': 'تحقق من رقم الطلب في رسالة التأكيد، وتأكد من أنك سجّلت الدخول بالحساب الذي طلبت به.',
  'tracker.not_configured.title': 'تتبّع الطلبات غير مُعدّ في هذه الصفحة',
  'tracker.not_configured.next_step': 'تواصل مع البائع وأخبره أن إعدادات تتبّع الطلبات ناقصة.',
} as const satisfies CompleteCatalog<'tracker'>;

export default ar;
