import type { CompleteCatalog } from '@txassist/sdk/i18n';

const he = {
  'outcome.declined.heading': 'התשלום לא עבר',
  'outcome.declined.kept': 'כל שאר הפרטים שהזנת נשמרו. צריך להקליד מחדש רק את פרטי הכרטיס.',
  'outcome.challenge.heading': 'אימות זהות',
  'outcome.challenge.code': 'קוד אימות',
  'outcome.challenge.code_hint': 'אפשר להדביק את הקוד. הוא בתוקף עד {time}.',
  'outcome.challenge.verify': 'אימות ותשלום',
  'outcome.challenge.resend': 'שליחת קוד חדש',
  'outcome.challenge.resend_wait': 'אפשר לבקש קוד חדש בעוד {seconds} שנ׳.',
  'outcome.challenge.resent': 'שלחנו קוד חדש. רק הקוד האחרון תקף.',
  'outcome.challenge.attempts_left': 'ניסיונות שנותרו: {count}',
  'outcome.challenge.required': 'יש להזין את הקוד בן 6 הספרות ששלחנו.',
  'outcome.challenge.format': 'לקוד יש 6 ספרות. כדאי לבדוק ולהזין שוב.',
  'outcome.challenge.wrong': 'הקוד הזה שגוי. כדאי לבדוק את ההודעה האחרונה ולנסות שוב.',
  'outcome.challenge.expired': 'תוקף הקוד הזה פג. יש לבקש קוד חדש ולהזין אותו.',
  'outcome.challenge.locked':
    'הוזנו יותר מדי קודים שגויים, ולכן עצרנו את התשלום כדי להגן עליך. אפשר לבחור אמצעי תשלום אחר או לנסות שוב מאוחר יותר.',
  'outcome.challenge.verifying': 'בודקים את הקוד…',
  'outcome.wallet.returned': 'ברוך שובך. אנחנו מאשרים את התשלום ב־TxPay…',
  'outcome.wallet.cancelled': 'יצאת מ־TxPay בלי לשלם. יש לבחור אמצעי תשלום ולנסות שוב.',
  'outcome.on_hold.heading': 'ההזמנה בוצעה וממתינה לבדיקה קצרה',
  'outcome.on_hold.body':
    'אנחנו בודקים את התשלום הזה לפני שמכינים את ההזמנה. אין צורך לעשות דבר: נשלח לך אימייל כשנסיים, בדרך כלל תוך יום.',
  'outcome.confirmation.heading': 'תודה, ההזמנה בוצעה',
  'outcome.confirmation.number': 'מספר הזמנה: {number}',
  'outcome.confirmation.paid': 'שולם {total} באמצעות {method}',
  'outcome.confirmation.cod_due': 'כדאי להכין {total} לשליח.',
  'outcome.confirmation.track': 'מעקב אחרי ההזמנה',
  'outcome.confirmation.next_heading': 'מה קורה עכשיו',
  'outcome.confirmation.next':
    'המוכר מכין עכשיו את ההזמנה שלך. נודיע לך כשהיא תצא לדרך, ואפשר לעקוב אחריה בכל זמן עם מספר ההזמנה.',
  'outcome.failure.network': 'לא הצלחנו להתחבר לחנות. כדאי לבדוק את החיבור ולנסות שוב. לא תחויב פעמיים.',
  'outcome.failure.generic': 'משהו השתבש אצלנו. כדאי לנסות שוב בעוד רגע; לא תחויב פעמיים.',
} as const satisfies CompleteCatalog<'outcome'>;

export default he;
