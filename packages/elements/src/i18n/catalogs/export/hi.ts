import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Hindi, with formal “आप” as Indian shopping apps address buyers. */
const hi = {
  'export.requesting': 'अनुरोध भेजा जा रहा है…',
  'export.preparing': 'आपकी फ़ाइल तैयार हो रही है…',
  'export.progress_label': 'आपकी फ़ाइल तैयार हो रही है',
  'export.started': 'हम आपकी फ़ाइल तैयार कर रहे हैं। इसी पेज पर रहें; इसमें एक मिनट लग सकता है।',
  'export.ready': 'आपकी फ़ाइल तैयार है। इसे {date} से पहले डाउनलोड कर लें।',
  'export.ready_announcement': 'आपकी फ़ाइल डाउनलोड के लिए तैयार है।',
  'export.download': 'मेरी फ़ाइल डाउनलोड करें',
  'export.downloading': 'डाउनलोड हो रहा है…',
  'export.downloaded': 'आपकी फ़ाइल डाउनलोड हो गई। आपका डेटा सुरक्षित रखने के लिए इसे सिर्फ़ एक बार डाउनलोड किया जा सकता है।',
  'export.saved_as': '{file} के रूप में सेव किया गया।',
  'export.expired': 'इस फ़ाइल की समय-सीमा खत्म हो गई है और अब इसे डाउनलोड नहीं किया जा सकता।',
  'export.failed': 'हम आपकी फ़ाइल तैयार नहीं कर सके। कृपया नई फ़ाइल का अनुरोध करें।',
  'export.request_new': 'नए एक्सपोर्ट का अनुरोध करें',
} as const satisfies CompleteCatalog<'export'>;

export default hi;
