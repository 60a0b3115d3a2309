import type { CompleteCatalog } from '@txassist/sdk/i18n';

const hi = {
  'outcome.declined.heading': 'आपका भुगतान नहीं हो पाया',
  'outcome.declined.kept': 'आपकी डाली गई बाकी सारी जानकारी यहीं है। सिर्फ़ कार्ड की जानकारी फिर से डालनी होगी।',

  'outcome.challenge.heading': 'पुष्टि करें कि यह आप ही हैं',
  'outcome.challenge.code': 'वेरिफ़िकेशन कोड',
  'outcome.challenge.code_hint': 'आप कोड पेस्ट कर सकते हैं। यह {time} पर खत्म हो जाएगा।',
  'outcome.challenge.verify': 'वेरिफ़ाई करें और भुगतान करें',
  'outcome.challenge.resend': 'नया कोड भेजें',
  'outcome.challenge.resend_wait': 'आप {seconds} सेकंड में नया कोड माँग सकते हैं।',
  'outcome.challenge.resent': 'हमने नया कोड भेज दिया है। सिर्फ़ सबसे नया कोड काम करेगा।',
  'outcome.challenge.attempts_left': 'बची हुई कोशिशें: {count}',
  'outcome.challenge.required': 'हमारा भेजा हुआ 6 अंकों का कोड डालें।',
  'outcome.challenge.format': 'कोड में 6 अंक हैं। इसे जाँचें और फिर से डालें।',
  'outcome.challenge.wrong': 'यह कोड सही नहीं है। सबसे नया संदेश देखें और फिर से कोशिश करें।',
  'outcome.challenge.expired': 'इस कोड की समय-सीमा खत्म हो गई है। नया कोड भेजें, फिर उसे डालें।',
  'outcome.challenge.locked':
    'बहुत बार गलत कोड डाले गए, इसलिए आपकी सुरक्षा के लिए हमने यह भुगतान रोक दिया है। भुगतान का कोई दूसरा तरीका चुनें या बाद में फिर से कोशिश करें।',
  'outcome.challenge.verifying': 'कोड जाँचा जा रहा है…',

  'outcome.wallet.returned': 'फिर से स्वागत है। हम आपके TxPay भुगतान की पुष्टि कर रहे हैं…',
  'outcome.wallet.cancelled': 'आप भुगतान किए बिना TxPay से लौट आए। चुनें कि आप कैसे भुगतान करना चाहते हैं, फिर से कोशिश करें।',

  'outcome.on_hold.heading': 'आपका ऑर्डर हो गया है और एक छोटी-सी जाँच का इंतज़ार कर रहा है',
  'outcome.on_hold.body':
    'आपका ऑर्डर तैयार होने से पहले हम इस भुगतान की जाँच कर रहे हैं। आपको कुछ करने की ज़रूरत नहीं है: जाँच पूरी होते ही हम आपको ईमेल करेंगे, आमतौर पर एक दिन के अंदर।',

  'outcome.confirmation.heading': 'धन्यवाद, आपका ऑर्डर हो गया है',
  'outcome.confirmation.number': 'ऑर्डर नंबर: {number}',
  'outcome.confirmation.paid': '{method} से {total} का भुगतान किया गया',
  'outcome.confirmation.cod_due': 'कूरियर के लिए {total} तैयार रखें।',
  'outcome.confirmation.track': 'अपना ऑर्डर ट्रैक करें',
  'outcome.confirmation.next_heading': 'आगे क्या होगा',
  'outcome.confirmation.next':
    'अब विक्रेता आपका ऑर्डर तैयार करेगा। ऑर्डर रवाना होते ही हम आपको बताएँगे, और आप अपने ऑर्डर नंबर से इसे कभी भी ट्रैक कर सकते हैं।',
  'outcome.failure.network': 'हम दुकान तक नहीं पहुँच सके। अपना कनेक्शन जाँचें, फिर से कोशिश करें। आपसे दो बार पैसे नहीं लिए जाएँगे।',
  'outcome.failure.generic': 'हमारी तरफ़ से कुछ गड़बड़ हो गई। थोड़ी देर में फिर से कोशिश करें; आपसे दो बार पैसे नहीं लिए जाएँगे।',
} as const satisfies CompleteCatalog<'outcome'>;

export default hi;
