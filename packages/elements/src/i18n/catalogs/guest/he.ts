import type { CompleteCatalog } from '@txassist/sdk/i18n';

const he = {
  'guest.email.heading': 'האימייל שלך',
  'guest.email.label': 'כתובת אימייל',
  'guest.email.hint': 'נשלח לכאן את אישור ההזמנה, עם קישור למעקב אחר ההזמנה.',
  'guest.email.required': 'יש להזין כתובת אימייל.',
  'guest.email.invalid': 'יש להזין כתובת אימייל כמו name@example.com.',
  'guest.continue': 'המשך לכתובת',
  'guest.starting': 'מתחילים את התשלום…',
  'guest.failed': 'לא ניתן היה להתחיל את התשלום.',
  'guest.not_set_up': 'התשלום עדיין לא מוגדר בדף הזה. יש לפנות למוכר.',
} as const satisfies CompleteCatalog<'guest'>;

export default he;
