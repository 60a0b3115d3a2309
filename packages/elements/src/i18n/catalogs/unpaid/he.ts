import type { CompleteCatalog } from '@txassist/sdk/i18n';

const he = {
  'unpaid.due': 'יש לשלם עד {date} כדי לשמור את ההזמנה; לאחר מכן היא מבוטלת אוטומטית.',
  'unpaid.pay': 'לתשלום עכשיו',
  'unpaid.cancel': 'ביטול ההזמנה',
  'unpaid.cancelling': 'מבטלים…',
  'unpaid.confirm': 'לבטל את הזמנה {number}? אי אפשר לבטל את הפעולה.',
  'unpaid.keep': 'להשאיר את ההזמנה',
} as const satisfies CompleteCatalog<'unpaid'>;

export default he;
