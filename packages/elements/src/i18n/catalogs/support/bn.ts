import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Bengali. */
const bn = {
  'support.heading': 'একজন প্রতিনিধির সাথে কথা বলুন',
  'support.hours': 'আমাদের টিম {days}, {opens}–{closes} ({zone}) উত্তর দেয়।',
  'support.first_response': 'প্রথম উত্তর আশা করা যায়: {duration}-এর মধ্যে।',
  'support.context_intro': 'প্রতিনিধি যা দেখতে পাবেন:',
  'support.context.order': 'অর্ডারের অবস্থা: {status}',
  'support.context.payment': 'শেষ পেমেন্ট সমস্যা: {code}',
  'support.context.cases': 'খোলা কেস: {count}',
  'support.context.none': 'কোনো অর্ডার বেছে নেওয়া হয়নি।',
  'support.topic': 'বিষয়',
  'support.topic.payment': 'একটি পেমেন্ট',
  'support.topic.delivery': 'একটি ডেলিভারি',
  'support.topic.refund': 'রিফান্ড বা রিটার্ন',
  'support.topic.dispute': 'একটি বিরোধ',
  'support.topic.account': 'আমার অ্যাকাউন্ট',
  'support.topic.other': 'অন্য কিছু',
  'support.order': 'অর্ডার (ঐচ্ছিক)',
  'support.order.none': 'কোনো অর্ডার নেই',
  'support.message': 'আপনার বার্তা',
  'support.message_empty': 'আগে আপনার বার্তা লিখুন।',
  'support.send': 'পাঠান',
  'support.thread': 'কথোপকথন',
  'support.author.buyer': 'আপনি',
  'support.author.agent': 'সাপোর্ট',
  'support.status.open': 'উত্তরের অপেক্ষায়',
  'support.status.answered': 'উত্তর দেওয়া হয়েছে',
  'support.status.closed': 'বন্ধ',
  'support.reply': 'উত্তর দিন',
  'support.send_reply': 'উত্তর পাঠান',
  'support.close': 'কথোপকথন বন্ধ করুন',
  'support.sent': 'বার্তা পাঠানো হয়েছে।',
  'support.replied': 'সাপোর্ট উত্তর দিয়েছে।',
  'support.closed': 'কথোপকথন বন্ধ হয়েছে।',
} as const satisfies CompleteCatalog<'support'>;

export default bn;
