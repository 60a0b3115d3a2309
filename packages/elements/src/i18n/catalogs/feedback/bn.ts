import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Bengali. */
const bn = {
  'feedback.heading': 'আমাদের সেবা কেমন লাগল?',
  'feedback.legend': 'আপনার রেটিং, ১ (খুব খারাপ) থেকে ৫ (চমৎকার)',
  'feedback.rating.1': '১ · খুব খারাপ',
  'feedback.rating.2': '২ · খারাপ',
  'feedback.rating.3': '৩ · মোটামুটি',
  'feedback.rating.4': '৪ · ভালো',
  'feedback.rating.5': '৫ · চমৎকার',
  'feedback.comment': 'আর কিছু জানাতে চান? (ঐচ্ছিক)',
  'feedback.comment_hint': 'সর্বোচ্চ {max} অক্ষর। অনুগ্রহ করে কার্ড বা ফোন নম্বর লিখবেন না।',
  'feedback.send': 'মতামত পাঠান',
  'feedback.sending': 'আপনার মতামত পাঠানো হচ্ছে…',
  'feedback.thanks': 'ধন্যবাদ! আপনার মতামত পাঠানো হয়েছে।',
  'feedback.rating_required': '১ থেকে ৫-এর মধ্যে একটি রেটিং বেছে নিন, তারপর পাঠান।',
  'feedback.failed': 'আপনার মতামত পাঠানো যায়নি। ইন্টারনেট সংযোগ দেখে আবার চেষ্টা করুন।',
} as const satisfies CompleteCatalog<'feedback'>;

export default bn;
