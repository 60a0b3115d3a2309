import type { CompleteCatalog } from '../../catalog.js';

const he = {
  'payments.declined.title': 'התשלום שלך נדחה',
  'payments.decline.generic_decline': 'הבנק דחה את התשלום בלי לציין סיבה.',
  'payments.decline.insufficient_funds': 'אין בכרטיס מספיק יתרה לתשלום הזה.',
  'payments.decline.expired_card': 'תוקף הכרטיס פג.',
  'payments.decline.incorrect_cvc': 'קוד האבטחה (CVC) לא תואם לכרטיס.',
  'payments.decline.processing_error': 'משהו השתבש בזמן עיבוד הכרטיס.',
  'payments.decline.authentication_failed': 'לא הצלחנו לוודא שהתשלום הזה שלך.',
  'payments.decline.card_velocity_exceeded': 'הכרטיס הגיע למסגרת ההוצאות שלו כרגע.',
  'payments.next_step.use_another_card': 'אפשר להשתמש בכרטיס אחר או באמצעי תשלום אחר.',
  'payments.next_step.check_details': 'כדאי לבדוק את מספר הכרטיס, תאריך התוקף וקוד האבטחה, ולנסות שוב.',
  'payments.next_step.contact_bank': 'כדאי לפנות לבנק, או להשתמש בכרטיס אחר.',
  'payments.next_step.try_again': 'כדאי להמתין רגע ולנסות שוב.',
  'payments.not_charged': 'לא חויבת.',
  'payments.failed.title': 'לא הצלחנו להשלים את התשלום',
  'payments.review.title': 'אנחנו בודקים את ההזמנה שלך',
  'payments.review.body':
    'ההזמנה {number} מושהית בזמן שאנחנו בודקים את התשלום. נשלח לך אימייל בקרוב, ולא תחויב פעמיים.',
} as const satisfies CompleteCatalog<'payments'>;

export default he;
