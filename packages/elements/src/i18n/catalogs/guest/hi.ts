import type { CompleteCatalog } from '@txassist/sdk/i18n';

const hi = {
  'guest.email.heading': 'आपका ईमेल',
  'guest.email.label': 'ईमेल पता',
  'guest.email.hint': 'हम आपके ऑर्डर का कन्फ़र्मेशन यहीं भेजेंगे, साथ में ऑर्डर ट्रैक करने का लिंक भी।',
  'guest.email.required': 'अपना ईमेल पता डालें।',
  'guest.email.invalid': 'name@example.com जैसा ईमेल पता डालें।',
  'guest.continue': 'पते पर जाएँ',
  'guest.starting': 'आपका चेकआउट शुरू हो रहा है…',
  'guest.failed': 'चेकआउट शुरू नहीं हो सका।',
  'guest.not_set_up': 'इस पेज पर चेकआउट अभी सेट अप नहीं है। कृपया विक्रेता से संपर्क करें।',
} as const satisfies CompleteCatalog<'guest'>;

export default hi;
