import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Hindi. */
const hi = {
  'compat.unsupported': 'यह ब्राउज़र पेज का यह हिस्सा नहीं दिखा सकता।',
  'compat.next_step': 'अपना ब्राउज़र अपडेट करें या यह पेज किसी दूसरे ब्राउज़र में खोलें। तब तक:',
  'compat.lookup': 'ऑर्डर नंबर और ईमेल से अपना ऑर्डर ढूँढें',
  'compat.email': 'हमें {email} पर ईमेल करें',
} as const satisfies CompleteCatalog<'compat'>;

export default hi;
