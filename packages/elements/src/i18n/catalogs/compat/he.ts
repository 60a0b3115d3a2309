import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Hebrew. Right to left. */
const he = {
  'compat.unsupported': 'הדפדפן הזה לא יכול להציג את החלק הזה של הדף.',
  'compat.next_step': 'עדכנו את הדפדפן או פתחו את הדף בדפדפן אחר. בינתיים:',
  'compat.lookup': 'חיפוש ההזמנה לפי מספר ההזמנה והאימייל',
  'compat.email': 'כתבו לנו לכתובת {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default he;
