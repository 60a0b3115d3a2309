import type { CompleteCatalog } from '../../catalog.js';

/**
 * Hebrew, in the plain style of Israeli shopping sites: instructions in the infinitive ("יש לבדוק",
 * "אפשר לנסות"), which avoids addressing the buyer as masculine or feminine. Right to left.
 */
const he = {
  'status.unpaid.label': 'ממתינה לתשלום',
  'status.unpaid.explanation': 'התשלום עדיין לא התקבל. יש להשלים את התשלום כדי שהמוכר יוכל להכין את ההזמנה.',
  'status.on_hold.label': 'בהמתנה',
  'status.on_hold.explanation':
    'התשלום עבר בהצלחה. לזמן קצר עדיין אפשר לבטל את ההזמנה באופן עצמאי, לפני שהמוכר יתחיל להכין אותה.',
  'status.awaiting_shipment.label': 'בהכנה למשלוח',
  'status.awaiting_shipment.explanation': 'המוכר אורז את ההזמנה. פרטי המעקב יופיעו כאן ברגע שהיא תישלח.',
  'status.partially_shipped.label': 'נשלחה חלקית',
  'status.partially_shipped.explanation': 'חלק מהפריטים כבר בדרך. השאר יגיעו בחבילה נפרדת.',
  'status.awaiting_collection.label': 'ממתינה לאיסוף',
  'status.awaiting_collection.explanation': 'החבילה מוכנה ומחכה שחברת השילוח תאסוף אותה.',
  'status.in_transit.label': 'בדרך',
  'status.in_transit.explanation': 'החבילה אצל חברת השילוח ובדרך ליעדה.',
  'status.delivered.label': 'נמסרה',
  'status.delivered.explanation': 'לפי חברת השילוח, החבילה נמסרה. אם יש בה בעיה, עדיין אפשר לבקש החזר כספי או החזרה.',
  'status.completed.label': 'הושלמה',
  'status.completed.explanation': 'ההזמנה הושלמה. תקופת ההחזרה הסתיימה.',
  'status.cancelled.label': 'בוטלה',
  'status.cancelled.explanation': 'ההזמנה בוטלה. אם כבר שולם עליה, הכסף יוחזר לאמצעי התשלום המקורי.',

  'error.code': 'קוד שגיאה: {code}',
  'error.retry': 'לנסות שוב',
  'error.retrying': 'מנסים שוב…',
  'error.not_configured.title': 'הדף הזה לא מוגדר כמו שצריך',
  'error.not_configured.next_step': 'כדאי לפנות למוכר ולציין את קוד השגיאה.',
  'error.network.title': 'אין חיבור כרגע',
  'error.network.next_step': 'יש לבדוק את החיבור לאינטרנט ולנסות שוב.',
} as const satisfies CompleteCatalog<'core'>;

export default he;
