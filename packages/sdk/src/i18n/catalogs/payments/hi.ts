import type { CompleteCatalog } from '../../catalog.js';

const hi = {
  'payments.declined.title': 'आपका भुगतान अस्वीकार कर दिया गया',
  'payments.decline.generic_decline': 'आपके बैंक ने बिना कोई कारण बताए भुगतान अस्वीकार कर दिया।',
  'payments.decline.insufficient_funds': 'इस भुगतान के लिए कार्ड में पर्याप्त बैलेंस नहीं है।',
  'payments.decline.expired_card': 'कार्ड की समय-सीमा खत्म हो चुकी है।',
  'payments.decline.incorrect_cvc': 'सिक्योरिटी कोड (CVC) कार्ड से मेल नहीं खाता।',
  'payments.decline.processing_error': 'कार्ड प्रोसेस करते समय कुछ गड़बड़ हो गई।',
  'payments.decline.authentication_failed': 'हम पुष्टि नहीं कर सके कि यह भुगतान आपका ही है।',
  'payments.decline.card_velocity_exceeded': 'कार्ड फ़िलहाल अपनी खर्च सीमा तक पहुँच गया है।',
  'payments.next_step.use_another_card': 'कोई दूसरा कार्ड या भुगतान का तरीका इस्तेमाल करें।',
  'payments.next_step.check_details': 'कार्ड नंबर, समाप्ति तिथि और सिक्योरिटी कोड जाँचें, फिर से कोशिश करें।',
  'payments.next_step.contact_bank': 'अपने बैंक से संपर्क करें, या कोई दूसरा कार्ड इस्तेमाल करें।',
  'payments.next_step.try_again': 'थोड़ा रुकें, फिर से कोशिश करें।',
  'payments.not_charged': 'आपसे कोई पैसा नहीं लिया गया है।',
  'payments.failed.title': 'यह भुगतान पूरा नहीं हो सका',
  'payments.review.title': 'हम आपके ऑर्डर की जाँच कर रहे हैं',
  'payments.review.body':
    'भुगतान की जाँच होने तक ऑर्डर {number} होल्ड पर है। हम जल्द ही आपको ईमेल करेंगे, और आपसे दो बार पैसे नहीं लिए जाएँगे।',
} as const satisfies CompleteCatalog<'payments'>;

export default hi;
