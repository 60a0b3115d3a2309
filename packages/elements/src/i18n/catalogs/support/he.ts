import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Hebrew. Right to left. */
const he = {
  'support.heading': 'לדבר עם נציג',
  'support.hours': 'הצוות שלנו עונה {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'תשובה ראשונה צפויה: תוך {duration}.',
  'support.context_intro': 'הנציג יראה:',
  'support.context.order': 'סטטוס ההזמנה: {status}',
  'support.context.payment': 'בעיית התשלום האחרונה: {code}',
  'support.context.cases': 'פניות פתוחות: {count}',
  'support.context.none': 'לא נבחרה הזמנה.',
  'support.topic': 'נושא',
  'support.topic.payment': 'תשלום',
  'support.topic.delivery': 'משלוח',
  'support.topic.refund': 'החזר כספי או החזרה',
  'support.topic.dispute': 'מחלוקת',
  'support.topic.account': 'החשבון שלי',
  'support.topic.other': 'משהו אחר',
  'support.order': 'הזמנה (לא חובה)',
  'support.order.none': 'ללא הזמנה',
  'support.message': 'ההודעה שלך',
  'support.message_empty': 'כתבו קודם את ההודעה.',
  'support.send': 'שליחה',
  'support.thread': 'שיחה',
  'support.author.buyer': 'את/ה',
  'support.author.agent': 'תמיכה',
  'support.status.open': 'ממתין לתשובה',
  'support.status.answered': 'נענתה',
  'support.status.closed': 'סגורה',
  'support.reply': 'תשובה',
  'support.send_reply': 'שליחת תשובה',
  'support.close': 'סגירת השיחה',
  'support.sent': 'ההודעה נשלחה.',
  'support.replied': 'התמיכה השיבה.',
  'support.closed': 'השיחה נסגרה.',
} as const satisfies CompleteCatalog<'support'>;

export default he;
