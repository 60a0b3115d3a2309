import type { CompleteCatalog } from '../../catalog.js';

/**
 * Hebrew, in the plain style of Israeli shopping sites: instructions in the infinitive ("יש לבדוק",
 * "אפשר לנסות"), which avoids addressing the buyer as masculine or feminine. Right to left.
 */
const he = {
  'tracker.heading': 'הזמנה {number}',
  'tracker.loading': 'ההזמנה נטענת…',
  'tracker.loaded': 'הזמנה {number} נטענה. סטטוס: {status}.',
  'tracker.placed': 'הוזמנה ב-{date}',
  'tracker.sold_by': 'נמכר על ידי {seller}',
  'tracker.status_heading': 'סטטוס',
  'tracker.items_heading': { one: 'פריט אחד', two: 'שני פריטים', other: '{count} פריטים' },
  'tracker.quantity': 'כמות: {count}',
  'tracker.unit_price': '{price} ליחידה',
  'tracker.variant': 'אפשרות: {variant}',
  'tracker.summary_heading': 'סיכום תשלום',
  'tracker.subtotal': 'סכום ביניים',
  'tracker.shipping': 'משלוח',
  'tracker.tax': 'מס',
  'tracker.discount': 'הנחה',
  'tracker.total': 'סה״כ',
  'tracker.not_found.title': 'לא מצאנו את ההזמנה הזו',
  'tracker.not_found.next_step':
    'יש לבדוק את מספר ההזמנה במייל האישור, ולוודא שהחיבור הוא עם החשבון שממנו בוצעה ההזמנה.',
  'tracker.not_configured.title': 'מעקב ההזמנות לא מוגדר בדף הזה',
  'tracker.not_configured.next_step': 'כדאי לפנות למוכר ולספר לו שחסרות הגדרות למעקב ההזמנות.',
} as const satisfies CompleteCatalog<'tracker'>;

export default he;
