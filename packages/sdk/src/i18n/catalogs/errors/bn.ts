import type { CompleteCatalog } from '../../catalog.js';

/** Bengali, with formal “আপনি” as Bangladeshi shopping apps address buyers. */
const bn = {
  'error.request_invalid.title': 'এই পেজের কিছু একটা কাজ করেনি',
  'error.request_invalid.next_step':
    'পেজটি রিলোড করে আবার চেষ্টা করুন। বারবার হলে বিক্রেতার সাথে যোগাযোগ করে এরর কোডটি জানান।',
  'error.validation_failed.title': 'কিছু তথ্য নেই বা সঠিক নয়',
  'error.validation_failed.next_step': 'চিহ্নিত ঘরগুলো দেখে নিন, তারপর আবার চেষ্টা করুন।',
  'error.payload_too_large.title': 'আপনি যা পাঠিয়েছেন তা খুব বড়',
  'error.payload_too_large.next_step': 'কম বা ছোট ফাইল পাঠান, তারপর আবার চেষ্টা করুন।',
  'error.unauthenticated.title': 'আপনার সেশন শেষ হয়ে গেছে',
  'error.unauthenticated.next_step': 'এই সাইটে আবার সাইন ইন করুন, তারপর পেজটি রিলোড করুন।',
  'error.forbidden.title': 'এটি আপনার অ্যাকাউন্টের জন্য উপলব্ধ নয়',
  'error.forbidden.next_step': 'নিশ্চিত হন যে যে অ্যাকাউন্ট দিয়ে অর্ডার করেছিলেন সেটি দিয়েই সাইন ইন করেছেন।',
  'error.not_found.title': 'আপনি যা খুঁজছেন তা আমরা পাচ্ছি না',
  'error.not_found.next_step': 'লিংক বা নম্বরটি দেখে নিন, এবং নিশ্চিত হন যে সঠিক অ্যাকাউন্ট দিয়ে সাইন ইন করেছেন।',
  'error.in_progress.title': 'আমরা এখনো আপনার আগের অনুরোধ নিয়ে কাজ করছি',
  'error.in_progress.next_step': 'একটু অপেক্ষা করুন, তারপর আবার চেষ্টা করুন।',
  'error.action_unavailable.title': 'এই অর্ডারের জন্য এটি আর করা যাবে না',
  'error.action_unavailable.next_step': 'অর্ডারের বর্তমান অবস্থা ও এখন কী করতে পারেন দেখতে পেজটি রিলোড করুন।',
  'error.rate_limited.title': 'অনেকবার চেষ্টা করা হয়েছে',
  'error.rate_limited.next_step': 'এক মিনিট অপেক্ষা করুন, তারপর আবার চেষ্টা করুন।',
  'error.server_error.title': 'আমাদের দিকে কিছু একটা সমস্যা হয়েছে',
  'error.server_error.next_step':
    'কয়েক মিনিট অপেক্ষা করে আবার চেষ্টা করুন। বারবার হলে বিক্রেতার সাথে যোগাযোগ করে এরর কোডটি জানান।',
  'error.unavailable.title': 'এই সার্ভিস এখন উপলব্ধ নয়',
  'error.unavailable.next_step': 'সমস্যাটি আমাদের দিকে। কয়েক মিনিট অপেক্ষা করুন, তারপর আবার চেষ্টা করুন।',
  'error.timeout.title': 'এতে অনেক বেশি সময় লাগছে',
  'error.timeout.next_step': 'একটু অপেক্ষা করুন, তারপর আবার চেষ্টা করুন।',
  'error.sign_in_failed.title': 'ইমেল বা পাসওয়ার্ড সঠিক নয়',
  'error.sign_in_failed.next_step': 'দুটোই দেখে নিন, তারপর আবার চেষ্টা করুন।',
  'error.code_required.title': 'আপনার যাচাই কোড লিখুন',
  'error.code_required.next_step': 'আপনার অথেনটিকেটর অ্যাপ খুলে সেখানে দেখানো কোডটি লিখুন।',
  'error.code_invalid.title': 'কোডটি সঠিক নয় বা মেয়াদ শেষ হয়ে গেছে',
  'error.code_invalid.next_step': 'আপনার অথেনটিকেটর অ্যাপের সবচেয়ে নতুন কোডটি লিখুন।',
  'error.consent_required.title': 'আপনার অর্ডারের জন্য এই অনুমতি দরকার',
  'error.consent_required.next_step': 'অর্ডার চলমান থাকা পর্যন্ত এটি চালু রাখুন।',
  'error.erasure_blocked.title': 'আপনার তথ্য এখনো মোছা যাবে না',
  'error.erasure_blocked.next_step': 'একটি খোলা অর্ডার বা কেসের জন্য এখনো এটি দরকার। সেটি বন্ধ হলে আবার চেষ্টা করুন।',
  'error.gone.title': 'এটি আর উপলব্ধ নয়',
  'error.gone.next_step': 'নতুনটি পেতে আবার অনুরোধ করুন।',
  'error.unexpected.title': 'কিছু একটা সমস্যা হয়েছে',
  'error.unexpected.next_step': 'আবার চেষ্টা করুন। বারবার হলে বিক্রেতার সাথে যোগাযোগ করে এরর কোডটি জানান।',
} as const satisfies CompleteCatalog<'errors'>;

export default bn;
