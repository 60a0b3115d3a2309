import type { CompleteCatalog } from '@txassist/sdk/i18n';

const bn = {
  'guest.email.heading': 'আপনার ইমেল',
  'guest.email.label': 'ইমেল ঠিকানা',
  'guest.email.hint': 'আপনার অর্ডারের কনফার্মেশন এখানে পাঠাব, সাথে অর্ডার ট্র্যাক করার লিংক।',
  'guest.email.required': 'আপনার ইমেল ঠিকানা লিখুন।',
  'guest.email.invalid': 'name@example.com-এর মতো একটি ইমেল ঠিকানা লিখুন।',
  'guest.continue': 'ঠিকানায় এগিয়ে যান',
  'guest.starting': 'আপনার চেকআউট শুরু হচ্ছে…',
  'guest.failed': 'চেকআউট শুরু করা যায়নি।',
  'guest.not_set_up': 'এই পেজে চেকআউট এখনো সেট আপ করা হয়নি। অনুগ্রহ করে বিক্রেতার সাথে যোগাযোগ করুন।',
} as const satisfies CompleteCatalog<'guest'>;

export default bn;
