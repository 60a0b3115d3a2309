import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Bengali. */
const bn = {
  'compat.unsupported': 'এই ব্রাউজার পেজের এই অংশটি দেখাতে পারছে না।',
  'compat.next_step': 'আপনার ব্রাউজার আপডেট করুন অথবা পেজটি অন্য কোনো ব্রাউজারে খুলুন। ততক্ষণ:',
  'compat.lookup': 'অর্ডার নম্বর ও ইমেল দিয়ে আপনার অর্ডার খুঁজুন',
  'compat.email': '{email}-এ আমাদের ইমেল করুন',
} as const satisfies CompleteCatalog<'compat'>;

export default bn;
