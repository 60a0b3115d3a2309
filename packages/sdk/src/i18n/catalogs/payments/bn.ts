import type { CompleteCatalog } from '../../catalog.js';

const bn = {
  'payments.declined.title': 'আপনার পেমেন্ট প্রত্যাখ্যাত হয়েছে',
  'payments.decline.generic_decline': 'আপনার ব্যাংক কোনো কারণ না জানিয়ে পেমেন্টটি প্রত্যাখ্যান করেছে।',
  'payments.decline.insufficient_funds': 'এই পেমেন্টের জন্য কার্ডে যথেষ্ট ব্যালেন্স নেই।',
  'payments.decline.expired_card': 'কার্ডের মেয়াদ শেষ হয়ে গেছে।',
  'payments.decline.incorrect_cvc': 'সিকিউরিটি কোড (CVC) কার্ডের সাথে মিলছে না।',
  'payments.decline.processing_error': 'কার্ড প্রসেস করার সময় একটি সমস্যা হয়েছে।',
  'payments.decline.authentication_failed': 'এই পেমেন্টটি যে আপনার, তা আমরা যাচাই করতে পারিনি।',
  'payments.decline.card_velocity_exceeded': 'কার্ডটি আপাতত খরচের সীমায় পৌঁছে গেছে।',
  'payments.next_step.use_another_card': 'অন্য কার্ড বা পেমেন্ট মাধ্যম ব্যবহার করুন।',
  'payments.next_step.check_details': 'কার্ড নম্বর, মেয়াদ শেষের তারিখ ও সিকিউরিটি কোড দেখে নিয়ে আবার চেষ্টা করুন।',
  'payments.next_step.contact_bank': 'আপনার ব্যাংকের সাথে যোগাযোগ করুন, অথবা অন্য কার্ড ব্যবহার করুন।',
  'payments.next_step.try_again': 'একটু অপেক্ষা করুন, তারপর আবার চেষ্টা করুন।',
  'payments.not_charged': 'আপনার কাছ থেকে কোনো টাকা কাটা হয়নি।',
  'payments.failed.title': 'এই পেমেন্টটি সম্পন্ন করা যায়নি',
  'payments.review.title': 'আমরা আপনার অর্ডার যাচাই করছি',
  'payments.review.body':
    'পেমেন্ট যাচাই হওয়া পর্যন্ত অর্ডার {number} স্থগিত আছে। শিগগিরই আমরা আপনাকে ইমেল করব, আর আপনার কাছ থেকে দুবার টাকা কাটা হবে না।',
} as const satisfies CompleteCatalog<'payments'>;

export default bn;
