import type { CompleteCatalog } from '@txassist/sdk/i18n';

const hi = {
  'unpaid.due': 'यह ऑर्डर बनाए रखने के लिए {date} तक भुगतान करें; उसके बाद यह अपने आप रद्द हो जाएगा।',
  'unpaid.pay': 'अभी भुगतान करें',
  'unpaid.cancel': 'ऑर्डर रद्द करें',
  'unpaid.cancelling': 'रद्द किया जा रहा है…',
  'unpaid.confirm': 'ऑर्डर {number} रद्द करें? इसे वापस नहीं बदला जा सकता।',
  'unpaid.keep': 'ऑर्डर रखें',
} as const satisfies CompleteCatalog<'unpaid'>;

export default hi;
