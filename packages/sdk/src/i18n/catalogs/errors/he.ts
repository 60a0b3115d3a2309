import type { CompleteCatalog } from '../../catalog.js';

/**
 * Hebrew, in the plain style of Israeli shopping sites: instructions in the infinitive ("יש לבדוק",
 * "אפשר לנסות"), which avoids addressing the buyer as masculine or feminine. Right to left.
 */
const he = {
  'error.request_invalid.title': 'משהו בדף הזה לא עבד',
  'error.request_invalid.next_step':
    'יש לטעון מחדש את הדף ולנסות שוב. אם זה חוזר, כדאי לפנות למוכר ולציין את קוד השגיאה.',
  'error.validation_failed.title': 'חלק מהפרטים חסרים או לא תקינים',
  'error.validation_failed.next_step': 'יש לבדוק את השדות המסומנים ולנסות שוב.',
  'error.payload_too_large.title': 'מה שנשלח גדול מדי',
  'error.payload_too_large.next_step': 'אפשר לשלוח פחות קבצים או קבצים קטנים יותר, ולנסות שוב.',
  'error.unauthenticated.title': 'פג תוקף החיבור',
  'error.unauthenticated.next_step': 'יש להתחבר שוב לאתר ולטעון מחדש את הדף.',
  'error.forbidden.title': 'האפשרות הזו לא זמינה בחשבון הזה',
  'error.forbidden.next_step': 'יש לוודא שהחיבור הוא עם החשבון שממנו בוצעה ההזמנה.',
  'error.not_found.title': 'לא מצאנו את מה שחיפשת',
  'error.not_found.next_step': 'יש לבדוק את הקישור או את המספר, ולוודא שהחיבור הוא עם החשבון הנכון.',
  'error.in_progress.title': 'הבקשה האחרונה עדיין בטיפול',
  'error.in_progress.next_step': 'אפשר לחכות רגע ולנסות שוב.',
  'error.action_unavailable.title': 'כבר אי אפשר לעשות את זה בהזמנה הזו',
  'error.action_unavailable.next_step': 'יש לטעון מחדש את הדף כדי לראות את מצב ההזמנה ומה אפשר לעשות עכשיו.',
  'error.rate_limited.title': 'יותר מדי ניסיונות',
  'error.rate_limited.next_step': 'אפשר לחכות דקה ולנסות שוב.',
  'error.server_error.title': 'משהו השתבש אצלנו',
  'error.server_error.next_step': 'אפשר לחכות כמה דקות ולנסות שוב. אם זה חוזר, כדאי לפנות למוכר ולציין את קוד השגיאה.',
  'error.unavailable.title': 'השירות לא זמין כרגע',
  'error.unavailable.next_step': 'הבעיה אצלנו. אפשר לחכות כמה דקות ולנסות שוב.',
  'error.timeout.title': 'זה לוקח יותר מדי זמן',
  'error.timeout.next_step': 'אפשר לחכות רגע ולנסות שוב.',
  'error.sign_in_failed.title': 'כתובת המייל או הסיסמה שגויות',
  'error.sign_in_failed.next_step': 'יש לבדוק את שתיהן ולנסות שוב.',
  'error.code_required.title': 'יש להזין את קוד האימות',
  'error.code_required.next_step': 'יש לפתוח את אפליקציית האימות ולהזין את הקוד שמופיע בה.',
  'error.code_invalid.title': 'הקוד שגוי או שפג תוקפו',
  'error.code_invalid.next_step': 'יש להזין את הקוד העדכני מאפליקציית האימות.',
  'error.consent_required.title': 'ההרשאה הזו נחוצה לטיפול בהזמנות',
  'error.consent_required.next_step': 'כדאי להשאיר אותה פעילה כל עוד יש הזמנות בטיפול.',
  'error.erasure_blocked.title': 'עדיין אי אפשר למחוק את הנתונים',
  'error.erasure_blocked.next_step': 'הזמנה או פנייה פתוחה עדיין זקוקה להם. אפשר לנסות שוב אחרי שתיסגר.',
  'error.gone.title': 'זה כבר לא זמין',
  'error.gone.next_step': 'אפשר לבקש שוב ולקבל חדש.',
  'error.unexpected.title': 'משהו השתבש',
  'error.unexpected.next_step': 'אפשר לנסות שוב. אם זה חוזר, כדאי לפנות למוכר ולציין את קוד השגיאה.',
} as const satisfies CompleteCatalog<'errors'>;

export default he;
