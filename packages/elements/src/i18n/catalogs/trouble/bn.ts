import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Bengali. */
const bn = {
  'trouble.heading': 'লেনদেন ব্যর্থ হয়েছে',
  'trouble.payments': 'ব্যর্থ পেমেন্ট',
  'trouble.none': 'আপনার সাম্প্রতিক কোনো অর্ডারের পেমেন্ট ব্যর্থ হয়নি।',
  'trouble.pick': 'কোন পেমেন্টটি ব্যর্থ হয়েছে?',
  'trouble.attempt': 'অর্ডার {number}, {total}, {date}',
  'trouble.cause': 'কারণ:',
  'trouble.steps': 'যা করবেন:',
  'trouble.step.address': 'দেখে নিন বিলিং ঠিকানাটি আপনার ব্যাংকে এই কার্ডের জন্য দেওয়া ঠিকানার সাথে মেলে কি না।',
  'trouble.step.kept': 'অর্ডার {number} রাখা আছে: অন্য কার্ড দিয়ে পেমেন্ট করুন, কিছুই হারাবে না।',
  'trouble.address': 'ঠিকানার সমস্যা',
  'trouble.country': 'যে দেশে পাঠাবেন',
  'trouble.field.name': 'পুরো নাম: আবশ্যক।',
  'trouble.field.line1': 'রাস্তার ঠিকানা: আবশ্যক।',
  'trouble.field.city': 'শহর: আবশ্যক।',
  'trouble.field.region_required': 'বিভাগ, রাজ্য বা অঞ্চল: {country}-এ আবশ্যক।',
  'trouble.field.region_optional': 'বিভাগ, রাজ্য বা অঞ্চল: {country}-এ ঐচ্ছিক।',
  'trouble.field.postal_required': 'পোস্টাল কোড: {country}-এ আবশ্যক, সেখানকার স্থানীয় ফরম্যাটে।',
  'trouble.field.postal_optional': 'পোস্টাল কোড: {country}-এ ঐচ্ছিক।',
  'trouble.field.postal_none': 'পোস্টাল কোড: {country}-এ এটি নেই, ঘরটি খালি রাখুন।',
  'trouble.field.phone': 'ফোন: ঐচ্ছিক, শুধু কুরিয়ারের জন্য।',
  'trouble.postal.label': '{country}-এর একটি পোস্টাল কোড যাচাই করুন',
  'trouble.postal.check': 'যাচাই করুন',
  'trouble.postal.ok': '{code} হলো {country}-এর একটি সঠিক পোস্টাল কোড।',
  'trouble.postal.invalid': '{code} {country}-এর পোস্টাল কোড নয়। ওই ঠিকানায় আসা কোনো চিঠি থেকে এটি কপি করুন।',
  'trouble.postal.empty': 'একটি পোস্টাল কোড লিখুন, তারপর “যাচাই করুন” বেছে নিন।',
} as const satisfies CompleteCatalog<'trouble'>;

export default bn;
