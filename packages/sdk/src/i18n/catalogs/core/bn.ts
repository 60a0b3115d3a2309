import type { CompleteCatalog } from '../../catalog.js';

/** Bengali, with formal “আপনি” as Bangladeshi shopping apps address buyers. */
const bn = {
  'status.unpaid.label': 'পেমেন্টের অপেক্ষায়',
  'status.unpaid.explanation':
    'আমরা এখনো আপনার পেমেন্ট পাইনি। পেমেন্ট সম্পন্ন করুন, যাতে বিক্রেতা আপনার অর্ডার প্রস্তুত করতে পারেন।',
  'status.on_hold.label': 'স্থগিত',
  'status.on_hold.explanation':
    'আপনার পেমেন্ট সম্পন্ন হয়েছে। বিক্রেতা অর্ডার প্রস্তুত শুরু করার আগে অল্প কিছু সময় আপনি নিজেই এটি বাতিল করতে পারবেন।',
  'status.awaiting_shipment.label': 'পাঠানোর প্রস্তুতি চলছে',
  'status.awaiting_shipment.explanation': 'বিক্রেতা আপনার অর্ডার প্যাক করছেন। পাঠানো হলে আপনি ট্র্যাকিংয়ের তথ্য দেখতে পাবেন।',
  'status.partially_shipped.label': 'আংশিক পাঠানো হয়েছে',
  'status.partially_shipped.explanation': 'আপনার কিছু পণ্য পথে আছে। বাকিগুলো অন্য প্যাকেজে আসবে।',
  'status.awaiting_collection.label': 'কুরিয়ারের অপেক্ষায়',
  'status.awaiting_collection.explanation': 'আপনার প্যাকেজ প্রস্তুত এবং কুরিয়ার সংগ্রহ করার অপেক্ষায় আছে।',
  'status.in_transit.label': 'পথে আছে',
  'status.in_transit.explanation': 'আপনার প্যাকেজ কুরিয়ারের কাছে আছে এবং আপনার কাছে আনা হচ্ছে।',
  'status.delivered.label': 'ডেলিভারি হয়েছে',
  'status.delivered.explanation':
    'কুরিয়ার জানিয়েছে আপনার প্যাকেজ ডেলিভারি হয়েছে। এতে কোনো সমস্যা থাকলে আপনি এখনো রিফান্ড বা রিটার্ন চাইতে পারেন।',
  'status.completed.label': 'সম্পন্ন',
  'status.completed.explanation': 'এই অর্ডারটি সম্পন্ন হয়েছে। রিটার্নের সময়সীমা শেষ।',
  'status.cancelled.label': 'বাতিল',
  'status.cancelled.explanation': 'এই অর্ডারটি বাতিল হয়েছে। পেমেন্ট করে থাকলে টাকা আপনার মূল পেমেন্ট মাধ্যমে ফেরত যাবে।',

  'error.code': 'এরর কোড: {code}',
  'error.retry': 'আবার চেষ্টা করুন',
  'error.retrying': 'আবার চেষ্টা করা হচ্ছে…',
  'error.not_configured.title': 'এই পেজ সঠিকভাবে সেট আপ করা হয়নি',
  'error.not_configured.next_step': 'বিক্রেতার সাথে যোগাযোগ করে এরর কোডটি জানান।',
  'error.network.title': 'এখন সংযোগ করা যাচ্ছে না',
  'error.network.next_step': 'আপনার ইন্টারনেট সংযোগ দেখে নিন, তারপর আবার চেষ্টা করুন।',
} as const satisfies CompleteCatalog<'core'>;

export default bn;
