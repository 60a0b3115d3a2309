import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Hindi, with formal “आप” as Indian shopping apps address buyers. */
const hi = {
  'erasure.blocked_heading': 'आप अभी अपना डेटा डिलीट नहीं कर सकते',
  'erasure.blocker.open_orders': {
    one: 'आपका {count} ऑर्डर अभी पूरा नहीं हुआ है।',
    other: 'आपके {count} ऑर्डर अभी पूरे नहीं हुए हैं।',
  },
  'erasure.blocker.open_orders.next_step':
    'जिन ऑर्डर को रद्द किया जा सकता है उन्हें रद्द करें, या उनके डिलीवर होने तक इंतज़ार करें, फिर यहाँ वापस आएँ।',
  'erasure.blocker.open_refunds': {
    one: 'आपका {count} रिफ़ंड अभी प्रोसेस में है।',
    other: 'आपके {count} रिफ़ंड अभी प्रोसेस में हैं।',
  },
  'erasure.blocker.open_refunds.next_step': 'अपना रिफ़ंड पूरा होने तक इंतज़ार करें, फिर यहाँ वापस आएँ।',
  'erasure.blocker.open_disputes': {
    one: 'आपका {count} विवाद खुला है।',
    other: 'आपके {count} विवाद खुले हैं।',
  },
  'erasure.blocker.open_disputes.next_step': 'फ़ैसले का इंतज़ार करें, या विवाद बंद करें, फिर यहाँ वापस आएँ।',
  'erasure.records': 'ऑर्डर',
  'erasure.confirm_heading': 'अपना डेटा हमेशा के लिए डिलीट करें?',
  'erasure.confirm_text': 'हम आपका निजी डेटा तुरंत डिलीट कर देंगे और आपको साइन आउट कर देंगे। हम इसे वापस नहीं ला सकते।',
  'erasure.understand': 'मैं समझता/समझती हूँ कि इसे वापस नहीं बदला जा सकता',
  'erasure.understand_required': 'यह पुष्टि करने के लिए बॉक्स पर टिक करें कि आप समझते हैं।',
  'erasure.confirm': 'मेरा डेटा हमेशा के लिए डिलीट करें',
  'erasure.erasing': 'आपका डेटा डिलीट हो रहा है…',
  'erasure.cancel': 'रद्द करें',
  'erasure.cancelled': 'कुछ भी डिलीट नहीं हुआ।',
  'erasure.cancel_order': 'ऑर्डर {number} रद्द करें',
  'erasure.cancelling': 'रद्द किया जा रहा है…',
  'erasure.order_cancelled': 'ऑर्डर {number} रद्द हो गया है।',
} as const satisfies CompleteCatalog<'erasure'>;

export default hi;
