import type { CompleteCatalog } from '../../catalog.js';

/** Hindi, with formal “आप” as Indian shopping apps address buyers. */
const hi = {
  'error.request_invalid.title': 'इस पेज पर कुछ काम नहीं किया',
  'error.request_invalid.next_step':
    'पेज फिर से लोड करें और दोबारा कोशिश करें। अगर ऐसा बार-बार हो, तो विक्रेता से संपर्क करें और एरर कोड बताएँ।',
  'error.validation_failed.title': 'कुछ जानकारी छूट गई है या मान्य नहीं है',
  'error.validation_failed.next_step': 'हाइलाइट किए गए फ़ील्ड जाँचें, फिर से कोशिश करें।',
  'error.payload_too_large.title': 'आपने जो भेजा वह बहुत बड़ा है',
  'error.payload_too_large.next_step': 'कम या छोटी फ़ाइलें भेजें, फिर से कोशिश करें।',
  'error.unauthenticated.title': 'आपका सेशन खत्म हो गया है',
  'error.unauthenticated.next_step': 'इस साइट पर फिर से साइन इन करें, फिर पेज दोबारा लोड करें।',
  'error.forbidden.title': 'यह आपके अकाउंट के लिए उपलब्ध नहीं है',
  'error.forbidden.next_step': 'पक्का करें कि आपने उसी अकाउंट से साइन इन किया है जिससे ऑर्डर किया था।',
  'error.not_found.title': 'आप जो ढूँढ रहे हैं वह हमें नहीं मिल रहा',
  'error.not_found.next_step': 'लिंक या नंबर जाँचें, और पक्का करें कि आपने सही अकाउंट से साइन इन किया है।',
  'error.in_progress.title': 'हम अभी आपके पिछले अनुरोध पर काम कर रहे हैं',
  'error.in_progress.next_step': 'थोड़ा रुकें, फिर से कोशिश करें।',
  'error.action_unavailable.title': 'इस ऑर्डर के लिए अब यह नहीं किया जा सकता',
  'error.action_unavailable.next_step': 'ऑर्डर की मौजूदा स्थिति और अभी आप क्या कर सकते हैं, यह देखने के लिए पेज फिर से लोड करें।',
  'error.rate_limited.title': 'बहुत ज़्यादा कोशिशें',
  'error.rate_limited.next_step': 'एक मिनट रुकें, फिर से कोशिश करें।',
  'error.server_error.title': 'हमारी तरफ़ से कुछ गड़बड़ हो गई',
  'error.server_error.next_step':
    'कुछ मिनट रुकें, फिर से कोशिश करें। अगर ऐसा बार-बार हो, तो विक्रेता से संपर्क करें और एरर कोड बताएँ।',
  'error.unavailable.title': 'यह सेवा अभी उपलब्ध नहीं है',
  'error.unavailable.next_step': 'यह समस्या हमारी तरफ़ से है। कुछ मिनट रुकें, फिर से कोशिश करें।',
  'error.timeout.title': 'इसमें बहुत ज़्यादा समय लग रहा है',
  'error.timeout.next_step': 'थोड़ा रुकें, फिर से कोशिश करें।',
  'error.sign_in_failed.title': 'ईमेल या पासवर्ड सही नहीं है',
  'error.sign_in_failed.next_step': 'दोनों जाँचें, फिर से कोशिश करें।',
  'error.code_required.title': 'अपना वेरिफ़िकेशन कोड डालें',
  'error.code_required.next_step': 'अपना ऑथेंटिकेटर ऐप खोलें और उसमें दिखने वाला कोड डालें।',
  'error.code_invalid.title': 'यह कोड सही नहीं है या इसकी समय-सीमा खत्म हो गई है',
  'error.code_invalid.next_step': 'अपने ऑथेंटिकेटर ऐप से सबसे नया कोड डालें।',
  'error.consent_required.title': 'आपके ऑर्डर के लिए यह अनुमति ज़रूरी है',
  'error.consent_required.next_step': 'जब तक आपके ऑर्डर प्रोसेस में हैं, इसे चालू रखें।',
  'error.erasure_blocked.title': 'आपका डेटा अभी डिलीट नहीं किया जा सकता',
  'error.erasure_blocked.next_step': 'किसी खुले ऑर्डर या मामले को अभी इसकी ज़रूरत है। उसके बंद होने के बाद फिर से कोशिश करें।',
  'error.gone.title': 'यह अब उपलब्ध नहीं है',
  'error.gone.next_step': 'नया पाने के लिए फिर से अनुरोध करें।',
  'error.unexpected.title': 'कुछ गड़बड़ हो गई',
  'error.unexpected.next_step': 'फिर से कोशिश करें। अगर ऐसा बार-बार हो, तो विक्रेता से संपर्क करें और एरर कोड बताएँ।',
} as const satisfies CompleteCatalog<'errors'>;

export default hi;
