import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Hebrew, in the gender-neutral impersonal style of Israeli apps ("אפשר…", "יש ל…"). Right to left. */
const he = {
  'erasure.blocked_heading': 'עדיין אי אפשר למחוק את המידע שלך',
  'erasure.blocker.open_orders': {
    one: 'יש הזמנה אחת שעדיין לא הסתיימה.',
    two: 'יש שתי הזמנות שעדיין לא הסתיימו.',
    other: 'יש {count} הזמנות שעדיין לא הסתיימו.',
  },
  'erasure.blocker.open_orders.next_step': 'אפשר לבטל את ההזמנות שניתן לבטל, או לחכות עד שיימסרו, ואז לחזור לכאן.',
  'erasure.blocker.open_refunds': {
    one: 'יש החזר כספי אחד בטיפול.',
    two: 'יש שני החזרים כספיים בטיפול.',
    other: 'יש {count} החזרים כספיים בטיפול.',
  },
  'erasure.blocker.open_refunds.next_step': 'יש לחכות עד שההחזר יסתיים, ואז לחזור לכאן.',
  'erasure.blocker.open_disputes': {
    one: 'יש מחלוקת פתוחה אחת.',
    two: 'יש שתי מחלוקות פתוחות.',
    other: 'יש {count} מחלוקות פתוחות.',
  },
  'erasure.blocker.open_disputes.next_step': 'יש לחכות להחלטה, או לסגור את המחלוקת, ואז לחזור לכאן.',
  'erasure.records': 'הזמנות',
  'erasure.confirm_heading': 'למחוק את המידע לצמיתות?',
  'erasure.confirm_text': 'נמחק את המידע האישי מיד ונוציא אותך מהחשבון. לא נוכל לשחזר אותו.',
  'erasure.understand': 'ידוע לי שאי אפשר לבטל את הפעולה',
  'erasure.understand_required': 'יש לסמן את התיבה כדי לאשר שהדבר ברור.',
  'erasure.confirm': 'מחיקת המידע שלי לצמיתות',
  'erasure.erasing': 'המידע נמחק…',
  'erasure.cancel': 'ביטול',
  'erasure.cancelled': 'שום דבר לא נמחק.',
  'erasure.cancel_order': 'ביטול הזמנה {number}',
  'erasure.cancelling': 'מבטלים…',
  'erasure.order_cancelled': 'הזמנה {number} בוטלה.',
} as const satisfies CompleteCatalog<'erasure'>;

export default he;
