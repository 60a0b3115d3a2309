import type { CompleteCatalog } from '../../catalog.js';

/** Hindi, with formal “आप” as Indian shopping apps address buyers. */
const hi = {
  'status.unpaid.label': 'भुगतान का इंतज़ार है',
  'status.unpaid.explanation': 'हमें अभी तक आपका भुगतान नहीं मिला है। भुगतान पूरा करें ताकि विक्रेता आपका ऑर्डर तैयार कर सके।',
  'status.on_hold.label': 'होल्ड पर',
  'status.on_hold.explanation':
    'आपका भुगतान हो गया है। विक्रेता के ऑर्डर तैयार करना शुरू करने से पहले, कुछ समय तक आप इसे खुद रद्द कर सकते हैं।',
  'status.awaiting_shipment.label': 'भेजने की तैयारी',
  'status.awaiting_shipment.explanation': 'विक्रेता आपका ऑर्डर पैक कर रहा है। भेजे जाने के बाद आपको ट्रैकिंग की जानकारी दिखेगी।',
  'status.partially_shipped.label': 'कुछ हिस्सा भेजा गया',
  'status.partially_shipped.explanation': 'आपके कुछ आइटम रास्ते में हैं। बाकी आइटम दूसरे पैकेज में आएँगे।',
  'status.awaiting_collection.label': 'कूरियर का इंतज़ार है',
  'status.awaiting_collection.explanation': 'आपका पैकेज तैयार है और कूरियर के पिक करने का इंतज़ार कर रहा है।',
  'status.in_transit.label': 'रास्ते में',
  'status.in_transit.explanation': 'आपका पैकेज कूरियर के पास है और आप तक पहुँचाया जा रहा है।',
  'status.delivered.label': 'डिलीवर हो गया',
  'status.delivered.explanation':
    'कूरियर के मुताबिक आपका पैकेज डिलीवर हो गया है। अगर उसमें कोई गड़बड़ है, तो आप अब भी रिफ़ंड या रिटर्न माँग सकते हैं।',
  'status.completed.label': 'पूरा हुआ',
  'status.completed.explanation': 'यह ऑर्डर पूरा हो गया है। रिटर्न की अवधि खत्म हो चुकी है।',
  'status.cancelled.label': 'रद्द',
  'status.cancelled.explanation':
    'यह ऑर्डर रद्द कर दिया गया। अगर आपने भुगतान किया था, तो पैसे आपके मूल भुगतान तरीके में वापस आ जाएँगे।',

  'error.code': 'एरर कोड: {code}',
  'error.retry': 'फिर से कोशिश करें',
  'error.retrying': 'फिर से कोशिश की जा रही है…',
  'error.not_configured.title': 'यह पेज ठीक से सेट अप नहीं है',
  'error.not_configured.next_step': 'विक्रेता से संपर्क करें और एरर कोड बताएँ।',
  'error.network.title': 'अभी कनेक्ट नहीं हो पा रहा',
  'error.network.next_step': 'अपना इंटरनेट कनेक्शन जाँचें, फिर से कोशिश करें।',
} as const satisfies CompleteCatalog<'core'>;

export default hi;
