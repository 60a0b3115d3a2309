import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Hebrew. Right to left. */
const he = {
  'feedback.heading': 'איך היה השירות שלנו?',
  'feedback.legend': 'הדירוג שלך, מ-1 (גרוע מאוד) עד 5 (מצוין)',
  'feedback.rating.1': '1 · גרוע מאוד',
  'feedback.rating.2': '2 · גרוע',
  'feedback.rating.3': '3 · סביר',
  'feedback.rating.4': '4 · טוב',
  'feedback.rating.5': '5 · מצוין',
  'feedback.comment': 'רוצה להוסיף משהו? (לא חובה)',
  'feedback.comment_hint': 'עד {max} תווים. נא לא לכלול מספרי כרטיס או טלפון.',
  'feedback.send': 'שליחת משוב',
  'feedback.sending': 'המשוב שלך נשלח…',
  'feedback.thanks': 'תודה! המשוב שלך נשלח.',
  'feedback.rating_required': 'יש לבחור דירוג מ-1 עד 5 ואז לשלוח.',
  'feedback.failed': 'המשוב שלך לא נשלח. יש לבדוק את החיבור ולנסות שוב.',
} as const satisfies CompleteCatalog<'feedback'>;

export default he;
