import type { CompleteCatalog } from '@txassist/sdk/i18n';

const hi = {
  'display.heading': 'डिस्प्ले',
  'display.intro': 'इस दुकान के ऑर्डर और चेकआउट पेजों पर टेक्स्ट बड़ा करें या कंट्रास्ट बढ़ाएँ। यह डिवाइस आपकी पसंद याद रखता है।',
  'display.text_size': 'टेक्स्ट का आकार',
  'display.contrast': 'हाई कंट्रास्ट',
  'display.contrast_hint': 'ज़्यादा गहरे रंग और बॉर्डर।',
  'display.preview': 'झलक: आपका ऑर्डर भेज दिया गया है और गुरुवार को पहुँचेगा।',
  'display.changed_on': 'टेक्स्ट का आकार {size}, हाई कंट्रास्ट चालू।',
  'display.changed_off': 'टेक्स्ट का आकार {size}, हाई कंट्रास्ट बंद।',
  'display.open': 'टेक्स्ट का आकार और कंट्रास्ट',
} as const satisfies CompleteCatalog<'display'>;

export default hi;
