import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Bengali, with formal “আপনি” as Bangladeshi shopping apps address buyers. */
const bn = {
  'erasure.blocked_heading': 'আপনি এখনো আপনার তথ্য মুছতে পারবেন না',
  'erasure.blocker.open_orders': {
    one: 'আপনার {count}টি অর্ডার এখনো শেষ হয়নি।',
    other: 'আপনার {count}টি অর্ডার এখনো শেষ হয়নি।',
  },
  'erasure.blocker.open_orders.next_step':
    'যে অর্ডারগুলো বাতিল করা যায় সেগুলো বাতিল করুন, বা ডেলিভারি পর্যন্ত অপেক্ষা করুন, তারপর এখানে ফিরে আসুন।',
  'erasure.blocker.open_refunds': {
    one: 'আপনার {count}টি রিফান্ড চলছে।',
    other: 'আপনার {count}টি রিফান্ড চলছে।',
  },
  'erasure.blocker.open_refunds.next_step': 'আপনার রিফান্ড শেষ হওয়া পর্যন্ত অপেক্ষা করুন, তারপর এখানে ফিরে আসুন।',
  'erasure.blocker.open_disputes': {
    one: 'আপনার {count}টি বিরোধ খোলা আছে।',
    other: 'আপনার {count}টি বিরোধ খোলা আছে।',
  },
  'erasure.blocker.open_disputes.next_step': 'সিদ্ধান্তের অপেক্ষা করুন, বা বিরোধটি বন্ধ করুন, তারপর এখানে ফিরে আসুন।',
  'erasure.records': 'অর্ডার',
  'erasure.confirm_heading': 'আপনার তথ্য চিরতরে মুছে ফেলবেন?',
  'erasure.confirm_text': 'আমরা সঙ্গে সঙ্গে আপনার ব্যক্তিগত তথ্য মুছে ফেলব এবং আপনাকে সাইন আউট করব। এটি আর ফেরানো যাবে না।',
  'erasure.understand': 'আমি বুঝেছি যে এটি আর ফেরানো যাবে না',
  'erasure.understand_required': 'আপনি বুঝেছেন তা নিশ্চিত করতে বক্সে টিক দিন।',
  'erasure.confirm': 'আমার তথ্য স্থায়ীভাবে মুছে ফেলুন',
  'erasure.erasing': 'আপনার তথ্য মুছে ফেলা হচ্ছে…',
  'erasure.cancel': 'বাতিল',
  'erasure.cancelled': 'কিছুই মোছা হয়নি।',
  'erasure.cancel_order': 'অর্ডার {number} বাতিল করুন',
  'erasure.cancelling': 'বাতিল করা হচ্ছে…',
  'erasure.order_cancelled': 'অর্ডার {number} বাতিল হয়েছে।',
} as const satisfies CompleteCatalog<'erasure'>;

export default bn;
