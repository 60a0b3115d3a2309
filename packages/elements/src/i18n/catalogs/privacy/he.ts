import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Hebrew, in the gender-neutral impersonal style of Israeli apps ("אפשר…", "יש ל…"). Right to left. */
const he = {
  'privacy.heading': 'פרטיות והמידע שלך',
  'privacy.intro': 'אפשר לבחור למה המידע שלך משמש ואיך ניצור איתך קשר. אפשר גם להוריד או למחוק את המידע שלך.',
  'privacy.loading': 'הגדרות הפרטיות נטענות…',
  'privacy.on': 'פועל',
  'privacy.off': 'כבוי',
  'privacy.saving': 'בשמירה…',
  'privacy.saved_on': '"{label}" פועל עכשיו.',
  'privacy.saved_off': '"{label}" כבוי עכשיו.',
  'privacy.save_failed': 'לא הצלחנו לשמור את "{label}", ולכן ההגדרה חזרה למצבה הקודם.',
  'privacy.consents.heading': 'למה אנחנו משתמשים במידע שלך',
  'privacy.consents.intro': 'השינויים חלים מיד, ואפשר לשנות את ההחלטה בכל עת.',
  'privacy.consents.necessary': 'פועל תמיד: נדרש כדי לשלוח את ההזמנות. כדי להפסיק, יש למחוק את המידע שלך למטה.',
  'privacy.consents.changed': 'שונה לאחרונה ב-{date}',
  'privacy.consent.order_processing.label': 'עיבוד ההזמנות והתשלומים שלך',
  'privacy.consent.order_processing.explanation':
    'אנחנו משתמשים בשם, בפרטי הקשר ובפרטי התשלום שלך כדי לגבות תשלומים ולטפל בהזמנות, בהחזרים ובמחלוקות.',
  'privacy.consent.carrier_address_sharing.label': 'שיתוף הכתובת שלך עם חברת המשלוחים',
  'privacy.consent.carrier_address_sharing.explanation':
    'חברת המשלוחים מקבלת את השם, הכתובת ומספר הטלפון שלך כדי להביא את החבילה.',
  'privacy.consent.notifications_email.label': 'הודעות באימייל',
  'privacy.consent.notifications_email.explanation': 'אנחנו שולחים אימייל על הזמנות, משלוחים, החזרים ומחלוקות.',
  'privacy.consent.notifications_sms.label': 'הודעות טקסט (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'אנחנו שולחים הודעות SMS על ההזמנות והמשלוחים. ייתכן שיחולו החיובים הרגילים של חבילת הסלולר.',
  'privacy.consent.personalisation.label': 'הצעות ופרסומות מותאמות אישית',
  'privacy.consent.personalisation.explanation':
    'אנחנו משתמשים במה שנקנה ונצפה כדי להציע מוצרים ולהציג פרסומות מתאימות. כבוי אלא אם מפעילים אותו.',
  'privacy.preferences.heading': 'איך ניצור איתך קשר',
  'privacy.preferences.intro': 'אפשר לבחור אילו הודעות לקבל, ואיפה.',
  'privacy.preferences.caption': 'הודעות לפי ערוץ',
  'privacy.preferences.kind_header': 'הודעה',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'מושהה',
  'privacy.preferences.withdrawn': '{channel} מושהה כי "{consent}" כבוי למעלה. הבחירות כאן נשמרות לפעם שבה יופעל שוב.',
  'privacy.kind.order_updates': 'עדכוני הזמנה',
  'privacy.kind.delivery_problems': 'בעיות במשלוח',
  'privacy.kind.refunds_and_disputes': 'החזרים ומחלוקות',
  'privacy.channel.in_app': 'באפליקציה',
  'privacy.channel.email': 'אימייל',
  'privacy.channel.sms': 'SMS',
  'privacy.export.heading': 'הורדת המידע שלי',
  'privacy.export.intro':
    'אפשר לקבל עותק של כל המידע שאנחנו שומרים עליך, בקובץ JSON שגם שירותים אחרים יכולים לקרוא. אפשר להוריד אותו פעם אחת, תוך 24 שעות.',
  'privacy.export.request': 'בקשת המידע שלי',
  'privacy.erasure.heading': 'מחיקת המידע שלי',
  'privacy.erasure.intro': 'הפעולה הזו מוחקת את המידע האישי שלך וסוגרת את החשבון בחנות הזו. אי אפשר לבטל אותה.',
  'privacy.erasure.removed_heading': 'מה אנחנו מוחקים',
  'privacy.erasure.kept_heading': 'מה אנחנו שומרים, ולמה',
  'privacy.erasure.removed.contact_details': 'השם, כתובת האימייל ומספר הטלפון שלך',
  'privacy.erasure.removed.shipping_addresses': 'כתובות המשלוח בהזמנות',
  'privacy.erasure.removed.preferences_and_messages': 'ההסכמות, העדפות ההתראות וההודעות',
  'privacy.erasure.removed.activity_history': 'סשנים, ייצוא נתונים והיסטוריית עדכונים בזמן אמת',
  'privacy.erasure.kept.financial_records.record': 'הזמנות ותשלומים (פריטים, סכומים, תאריכים)',
  'privacy.erasure.kept.financial_records.reason':
    'חוקי המס והחשבונאות מחייבים אותנו לשמור אותם, אבל בלי שום פרט מזהה.',
  'privacy.erasure.kept.audit_log.record': 'יומן ביקורת אבטחה',
  'privacy.erasure.kept.audit_log.reason':
    'מתועד בו מי ניגש למידע אישי, לשם הגנה על המידע. יש בו רק מזהים שכבר לא מובילים לזהות שלך.',
  'privacy.erasure.start': 'מחיקת המידע שלי…',
  'privacy.erasure.done_heading': 'המידע שלך נמחק',
  'privacy.erasure.done_text': 'מחקנו את המידע האישי שלך ב-{date}. יצאת מהחשבון בחנות הזו.',
  'privacy.other': 'שימוש נוסף במידע שלך',
} as const satisfies CompleteCatalog<'privacy'>;

export default he;
