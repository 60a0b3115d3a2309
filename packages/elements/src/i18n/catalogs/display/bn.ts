import type { CompleteCatalog } from '@txassist/sdk/i18n';

const bn = {
  'display.heading': 'ডিসপ্লে',
  'display.intro': 'এই দোকানের অর্ডার ও চেকআউট পেজে লেখা বড় করুন বা কনট্রাস্ট বাড়ান। এই ডিভাইস আপনার পছন্দ মনে রাখে।',
  'display.text_size': 'লেখার আকার',
  'display.contrast': 'হাই কনট্রাস্ট',
  'display.contrast_hint': 'আরও গাঢ় রং ও বর্ডার।',
  'display.preview': 'প্রিভিউ: আপনার অর্ডার পাঠানো হয়েছে এবং বৃহস্পতিবার পৌঁছাবে।',
  'display.changed_on': 'লেখার আকার {size}, হাই কনট্রাস্ট চালু।',
  'display.changed_off': 'লেখার আকার {size}, হাই কনট্রাস্ট বন্ধ।',
  'display.open': 'লেখার আকার ও কনট্রাস্ট',
} as const satisfies CompleteCatalog<'display'>;

export default bn;
