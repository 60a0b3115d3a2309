import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Hindi, with formal “आप” as Indian shopping apps address buyers. */
const hi = {
  'privacy.heading': 'निजता और आपका डेटा',
  'privacy.intro': 'चुनें कि आपका डेटा किस काम में इस्तेमाल हो और हम आपसे कैसे संपर्क करें। आप अपना डेटा डाउनलोड या डिलीट भी कर सकते हैं।',
  'privacy.loading': 'आपकी निजता सेटिंग लोड हो रही हैं…',
  'privacy.on': 'चालू',
  'privacy.off': 'बंद',
  'privacy.saving': 'सेव हो रहा है…',
  'privacy.saved_on': '“{label}” अब चालू है।',
  'privacy.saved_off': '“{label}” अब बंद है।',
  'privacy.save_failed': 'हम “{label}” सेव नहीं कर सके, इसलिए यह पहले जैसा कर दिया गया है।',

  'privacy.consents.heading': 'हम आपका डेटा किस काम में लेते हैं',
  'privacy.consents.intro': 'बदलाव तुरंत लागू होते हैं, और आप कभी भी अपना फ़ैसला बदल सकते हैं।',
  'privacy.consents.necessary': 'हमेशा चालू: आपके ऑर्डर डिलीवर करने के लिए ज़रूरी है। इसे रोकने के लिए नीचे अपना डेटा डिलीट करें।',
  'privacy.consents.changed': 'आखिरी बार {date} को बदला गया',
  'privacy.consent.order_processing.label': 'आपके ऑर्डर और भुगतान प्रोसेस करना',
  'privacy.consent.order_processing.explanation':
    'भुगतान लेने और आपके ऑर्डर, रिफ़ंड और विवाद संभालने के लिए हम आपका नाम, संपर्क जानकारी और भुगतान जानकारी इस्तेमाल करते हैं।',
  'privacy.consent.carrier_address_sharing.label': 'कूरियर के साथ आपका पता शेयर करना',
  'privacy.consent.carrier_address_sharing.explanation':
    'डिलीवरी कंपनी को आपका नाम, पता और फ़ोन नंबर मिलता है ताकि वह आपका पैकेज आप तक पहुँचा सके।',
  'privacy.consent.notifications_email.label': 'ईमेल संदेश',
  'privacy.consent.notifications_email.explanation': 'हम आपके ऑर्डर, डिलीवरी, रिफ़ंड और विवादों के बारे में आपको ईमेल करते हैं।',
  'privacy.consent.notifications_sms.label': 'टेक्स्ट मैसेज (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'हम आपके ऑर्डर और डिलीवरी के बारे में आपके फ़ोन पर SMS भेजते हैं। आपके मोबाइल प्लान के सामान्य शुल्क लग सकते हैं।',
  'privacy.consent.personalisation.label': 'आपके लिए चुने गए सुझाव और विज्ञापन',
  'privacy.consent.personalisation.explanation':
    'आप जो खरीदते और देखते हैं, उसके आधार पर हम आपको पसंद आने वाले प्रोडक्ट सुझाते हैं और विज्ञापन दिखाते हैं। जब तक आप इसे चालू न करें, यह बंद रहता है।',

  'privacy.preferences.heading': 'हम आपसे कैसे संपर्क करते हैं',
  'privacy.preferences.intro': 'चुनें कि आपको कौन-से संदेश मिलें, और कहाँ।',
  'privacy.preferences.caption': 'चैनल के हिसाब से संदेश',
  'privacy.preferences.kind_header': 'संदेश',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'रुका हुआ',
  'privacy.preferences.withdrawn':
    '{channel} रुका हुआ है क्योंकि ऊपर “{consent}” बंद है। इसे फिर से चालू करने के लिए यहाँ आपकी पसंद सहेज कर रखी गई है।',
  'privacy.kind.order_updates': 'ऑर्डर अपडेट',
  'privacy.kind.delivery_problems': 'डिलीवरी की समस्याएँ',
  'privacy.kind.refunds_and_disputes': 'रिफ़ंड और विवाद',
  'privacy.channel.in_app': 'ऐप में',
  'privacy.channel.email': 'ईमेल',
  'privacy.channel.sms': 'SMS',

  'privacy.export.heading': 'मेरा डेटा डाउनलोड करें',
  'privacy.export.intro':
    'हमारे पास आपके बारे में जो कुछ भी है, उसकी एक कॉपी JSON फ़ाइल के रूप में पाएँ, जिसे दूसरी सेवाएँ पढ़ सकती हैं। आप इसे 24 घंटे के अंदर एक बार डाउनलोड कर सकते हैं।',
  'privacy.export.request': 'मेरा डेटा माँगें',

  'privacy.erasure.heading': 'मेरा डेटा डिलीट करें',
  'privacy.erasure.intro':
    'इससे आपका निजी डेटा डिलीट हो जाएगा और इस स्टोर में आपका अकाउंट बंद हो जाएगा। इसे वापस नहीं बदला जा सकता।',
  'privacy.erasure.removed_heading': 'हम क्या डिलीट करते हैं',
  'privacy.erasure.kept_heading': 'हम क्या रखते हैं, और क्यों',
  'privacy.erasure.removed.contact_details': 'आपका नाम, ईमेल पता और फ़ोन नंबर',
  'privacy.erasure.removed.shipping_addresses': 'आपके ऑर्डर के शिपिंग पते',
  'privacy.erasure.removed.preferences_and_messages': 'आपकी सहमतियाँ, सूचना सेटिंग और संदेश',
  'privacy.erasure.removed.activity_history': 'सेशन, डेटा एक्सपोर्ट और लाइव अपडेट की हिस्ट्री',
  'privacy.erasure.kept.financial_records.record': 'ऑर्डर और भुगतान (आइटम, रकम, तारीखें)',
  'privacy.erasure.kept.financial_records.reason':
    'टैक्स और अकाउंटिंग कानून के तहत हमें वित्तीय रिकॉर्ड रखने होते हैं। इन्हें ऐसी किसी भी जानकारी के बिना रखा जाता है जो इन्हें आपसे जोड़े।',
  'privacy.erasure.kept.audit_log.record': 'सुरक्षा ऑडिट लॉग',
  'privacy.erasure.kept.audit_log.reason':
    'आपकी सुरक्षा के लिए इसमें दर्ज होता है कि किसने निजी डेटा देखा; इसमें सिर्फ़ ID होते हैं, जिनसे अब आप तक नहीं पहुँचा जा सकता।',
  'privacy.erasure.start': 'मेरा डेटा डिलीट करें…',
  'privacy.erasure.done_heading': 'आपका डेटा डिलीट कर दिया गया है',
  'privacy.erasure.done_text': 'हमने {date} को आपका निजी डेटा डिलीट कर दिया। आप इस स्टोर से साइन आउट हो गए हैं।',
  'privacy.other': 'आपके डेटा का कोई और इस्तेमाल',
} as const satisfies CompleteCatalog<'privacy'>;

export default hi;
