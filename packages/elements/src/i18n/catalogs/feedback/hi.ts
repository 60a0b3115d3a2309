import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Hindi. */
const hi = {
  'feedback.heading': 'हमारी सेवा कैसी रही?',
  'feedback.legend': 'आपकी रेटिंग, 1 (बहुत खराब) से 5 (बहुत बढ़िया) तक',
  'feedback.rating.1': '1 · बहुत खराब',
  'feedback.rating.2': '2 · खराब',
  'feedback.rating.3': '3 · ठीक-ठाक',
  'feedback.rating.4': '4 · अच्छा',
  'feedback.rating.5': '5 · बहुत बढ़िया',
  'feedback.comment': 'कुछ और बताना चाहते हैं? (वैकल्पिक)',
  'feedback.comment_hint': 'ज़्यादा से ज़्यादा {max} अक्षर। कृपया कार्ड या फ़ोन नंबर न लिखें।',
  'feedback.send': 'फ़ीडबैक भेजें',
  'feedback.sending': 'आपका फ़ीडबैक भेजा जा रहा है…',
  'feedback.thanks': 'धन्यवाद! आपका फ़ीडबैक भेज दिया गया।',
  'feedback.rating_required': '1 से 5 तक कोई रेटिंग चुनें, फिर भेजें।',
  'feedback.failed': 'आपका फ़ीडबैक नहीं भेजा जा सका। अपना कनेक्शन जाँचें और फिर से कोशिश करें।',
} as const satisfies CompleteCatalog<'feedback'>;

export default hi;
