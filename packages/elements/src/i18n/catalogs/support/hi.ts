import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Hindi. */
const hi = {
  'support.heading': 'किसी व्यक्ति से बात करें',
  'support.hours': 'हमारी टीम {days}, {opens}–{closes} ({zone}) जवाब देती है।',
  'support.first_response': 'पहला जवाब आने का अनुमानित समय: {duration} के अंदर।',
  'support.context_intro': 'एजेंट को यह दिखेगा:',
  'support.context.order': 'ऑर्डर की स्थिति: {status}',
  'support.context.payment': 'भुगतान में पिछली समस्या: {code}',
  'support.context.cases': 'खुले मामले: {count}',
  'support.context.none': 'कोई ऑर्डर नहीं चुना गया।',
  'support.topic': 'विषय',
  'support.topic.payment': 'कोई भुगतान',
  'support.topic.delivery': 'कोई डिलीवरी',
  'support.topic.refund': 'रिफ़ंड या रिटर्न',
  'support.topic.dispute': 'कोई विवाद',
  'support.topic.account': 'मेरा अकाउंट',
  'support.topic.other': 'कुछ और',
  'support.order': 'ऑर्डर (वैकल्पिक)',
  'support.order.none': 'कोई ऑर्डर नहीं',
  'support.message': 'आपका संदेश',
  'support.message_empty': 'पहले अपना संदेश लिखें।',
  'support.send': 'भेजें',
  'support.thread': 'बातचीत',
  'support.author.buyer': 'आप',
  'support.author.agent': 'सहायता टीम',
  'support.status.open': 'जवाब का इंतज़ार है',
  'support.status.answered': 'जवाब मिल गया',
  'support.status.closed': 'बंद',
  'support.reply': 'जवाब दें',
  'support.send_reply': 'जवाब भेजें',
  'support.close': 'बातचीत बंद करें',
  'support.sent': 'संदेश भेज दिया गया।',
  'support.replied': 'सहायता टीम ने जवाब दिया।',
  'support.closed': 'बातचीत बंद हो गई।',
} as const satisfies CompleteCatalog<'support'>;

export default hi;
