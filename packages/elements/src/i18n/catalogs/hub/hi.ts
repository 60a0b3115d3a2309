import type { CompleteCatalog } from '@txassist/sdk/i18n';

const hi = {
  'hub.heading': 'आपके ऑर्डर',
  'hub.intro': 'आपके ऑर्डर, उनके बारे में हमारे भेजे गए संदेश, और हम आपसे कैसे संपर्क करते हैं।',
  'hub.tabs_label': 'ऑर्डर हब',
  'hub.tab.orders': 'ऑर्डर',
  'hub.tab.inbox': 'संदेश',
  'hub.tab.preferences': 'सूचना सेटिंग',
  'hub.unread': { one: '{count} अपठित', other: '{count} अपठित' },
  'hub.loading': 'लोड हो रहा है…',
  'hub.offline': 'आप ऑफ़लाइन हैं। जो दिख रहा है वह शायद पुराना हो; ऑनलाइन आने पर यह रीफ़्रेश हो जाएगा।',
  'hub.online': 'आप फिर से ऑनलाइन हैं। रीफ़्रेश हो रहा है…',

  'hub.history.heading': 'ऑर्डर हिस्ट्री',
  'hub.history.search_label': 'ऑर्डर नंबर',
  'hub.history.search_hint': 'पूरा या उसका कुछ हिस्सा, उदाहरण के लिए TX-1004 या 1004।',
  'hub.history.status_label': 'स्थिति',
  'hub.history.status_all': 'सभी स्थितियाँ',
  'hub.history.search': 'खोजें',
  'hub.history.clear': 'खोज साफ़ करें',
  'hub.history.list_label': 'आपके ऑर्डर, सबसे नए पहले',
  'hub.history.shown': { one: '{count} ऑर्डर दिखाया गया।', other: '{count} ऑर्डर दिखाए गए।' },
  'hub.history.empty': 'आपने अभी तक कोई ऑर्डर नहीं किया है।',
  'hub.history.empty_next': 'जब आप कुछ खरीदेंगे, तो वह यहाँ दिखेगा।',
  'hub.history.no_match': 'आपकी खोज से कोई ऑर्डर मेल नहीं खाता।',
  'hub.history.no_match_next': 'ऑर्डर नंबर जाँचें, कोई दूसरी स्थिति चुनें, या खोज साफ़ करें।',
  'hub.history.more': 'और ऑर्डर दिखाएँ',
  'hub.history.more_loading': 'और ऑर्डर लोड हो रहे हैं…',

  'hub.order.number': 'ऑर्डर {number}',
  'hub.order.placed': '{date} को किया गया',
  'hub.order.items': { one: '{count} आइटम', other: '{count} आइटम' },
  'hub.order.total': 'कुल: {total}',

  'hub.detail.back': 'अपने ऑर्डर पर वापस जाएँ',
  'hub.detail.loading': 'ऑर्डर लोड हो रहा है…',
  'hub.detail.loaded': 'ऑर्डर {number}: {status}।',

  'hub.other': 'स्थिति: अपडेट हो रही है',
} as const satisfies CompleteCatalog<'hub'>;

export default hi;
