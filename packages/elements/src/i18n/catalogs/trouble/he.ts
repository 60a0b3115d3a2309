import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Hebrew. Right to left. */
const he = {
  'trouble.heading': 'העסקה נכשלה',
  'trouble.payments': 'תשלומים שנכשלו',
  'trouble.none': 'באף אחת מההזמנות האחרונות שלך אין תשלום שנכשל.',
  'trouble.pick': 'איזה תשלום נכשל?',
  'trouble.attempt': 'הזמנה {number}, {total}, {date}',
  'trouble.cause': 'הסיבה:',
  'trouble.steps': 'מה לעשות:',
  'trouble.step.address': 'ודאו שכתובת החיוב היא הכתובת שרשומה בבנק עבור הכרטיס הזה.',
  'trouble.step.kept': 'הזמנה {number} נשמרת: אפשר לשלם עליה בכרטיס אחר ושום דבר לא הולך לאיבוד.',
  'trouble.address': 'בעיות בכתובת',
  'trouble.country': 'מדינת המשלוח',
  'trouble.field.name': 'שם מלא: חובה.',
  'trouble.field.line1': 'כתובת רחוב: חובה.',
  'trouble.field.city': 'עיר: חובה.',
  'trouble.field.region_required': 'מדינה, מחוז או אזור: חובה ב{country}.',
  'trouble.field.region_optional': 'מדינה, מחוז או אזור: רשות ב{country}.',
  'trouble.field.postal_required': 'מיקוד: חובה ב{country}, בפורמט המקומי.',
  'trouble.field.postal_optional': 'מיקוד: רשות ב{country}.',
  'trouble.field.postal_none': 'מיקוד: אין מיקוד ב{country}, השאירו את השדה ריק.',
  'trouble.field.phone': 'טלפון: רשות, רק עבור חברת השילוח.',
  'trouble.postal.label': 'בדיקת מיקוד עבור {country}',
  'trouble.postal.check': 'בדיקה',
  'trouble.postal.ok': '{code} הוא מיקוד תקין עבור {country}.',
  'trouble.postal.invalid': '{code} אינו מיקוד של {country}. העתיקו אותו ממכתב שנשלח לכתובת הזו.',
  'trouble.postal.empty': 'הזינו מיקוד ואז בחרו בדיקה.',
} as const satisfies CompleteCatalog<'trouble'>;

export default he;
