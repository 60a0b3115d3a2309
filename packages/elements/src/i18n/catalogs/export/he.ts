import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Hebrew, in the gender-neutral impersonal style of Israeli apps ("אפשר…", "יש ל…"). Right to left. */
const he = {
  'export.requesting': 'הבקשה נשלחת…',
  'export.preparing': 'הקובץ בהכנה…',
  'export.progress_label': 'הקובץ בהכנה',
  'export.started': 'אנחנו מכינים את הקובץ. כדאי להישאר בדף הזה; זה יכול לקחת דקה.',
  'export.ready': 'הקובץ מוכן. יש להוריד אותו לפני {date}.',
  'export.ready_announcement': 'הקובץ מוכן להורדה.',
  'export.download': 'הורדת הקובץ שלי',
  'export.downloading': 'בהורדה…',
  'export.downloaded': 'הקובץ הורד. כדי להגן על המידע שלך, אפשר להוריד אותו פעם אחת בלבד.',
  'export.saved_as': 'נשמר בשם {file}.',
  'export.expired': 'תוקף הקובץ הזה פג ואי אפשר להוריד אותו יותר.',
  'export.failed': 'לא הצלחנו להכין את הקובץ. יש לבקש קובץ חדש.',
  'export.request_new': 'בקשת ייצוא חדש',
} as const satisfies CompleteCatalog<'export'>;

export default he;
