import type { CompleteCatalog } from '@txassist/sdk/i18n';

const bn = {
  'outcome.declined.heading': 'আপনার পেমেন্ট সম্পন্ন হয়নি',
  'outcome.declined.kept': 'আপনার দেওয়া বাকি সব তথ্য এখানেই আছে। শুধু কার্ডের তথ্য আবার লিখতে হবে।',

  'outcome.challenge.heading': 'নিশ্চিত করুন যে এটি আপনিই',
  'outcome.challenge.code': 'যাচাই কোড',
  'outcome.challenge.code_hint': 'আপনি কোডটি পেস্ট করতে পারেন। এর মেয়াদ {time}-এ শেষ হবে।',
  'outcome.challenge.verify': 'যাচাই করে পেমেন্ট করুন',
  'outcome.challenge.resend': 'নতুন কোড পাঠান',
  'outcome.challenge.resend_wait': '{seconds} সেকেন্ড পরে নতুন কোড চাইতে পারবেন।',
  'outcome.challenge.resent': 'আমরা নতুন কোড পাঠিয়েছি। শুধু সবচেয়ে নতুন কোডটি কাজ করবে।',
  'outcome.challenge.attempts_left': 'বাকি চেষ্টা: {count}',
  'outcome.challenge.required': 'আমাদের পাঠানো ৬ সংখ্যার কোডটি লিখুন।',
  'outcome.challenge.format': 'কোডটি ৬ সংখ্যার। দেখে নিয়ে আবার লিখুন।',
  'outcome.challenge.wrong': 'কোডটি সঠিক নয়। সবচেয়ে নতুন বার্তাটি দেখে আবার চেষ্টা করুন।',
  'outcome.challenge.expired': 'এই কোডের মেয়াদ শেষ হয়ে গেছে। নতুন কোড পাঠান, তারপর সেটি লিখুন।',
  'outcome.challenge.locked':
    'অনেকবার ভুল কোড দেওয়া হয়েছে, তাই আপনার সুরক্ষার জন্য আমরা এই পেমেন্ট থামিয়ে দিয়েছি। পেমেন্টের অন্য উপায় বেছে নিন বা পরে আবার চেষ্টা করুন।',
  'outcome.challenge.verifying': 'কোড যাচাই করা হচ্ছে…',

  'outcome.wallet.returned': 'আবার স্বাগতম। আমরা আপনার TxPay পেমেন্ট নিশ্চিত করছি…',
  'outcome.wallet.cancelled':
    'আপনি পেমেন্ট না করেই TxPay থেকে চলে এসেছেন। কীভাবে পেমেন্ট করবেন বেছে নিন, তারপর আবার চেষ্টা করুন।',

  'outcome.on_hold.heading': 'আপনার অর্ডার হয়েছে এবং একটি ছোট যাচাইয়ের অপেক্ষায় আছে',
  'outcome.on_hold.body':
    'আপনার অর্ডার প্রস্তুত করার আগে আমরা এই পেমেন্টটি যাচাই করছি। আপনাকে কিছু করতে হবে না: শেষ হলে আমরা আপনাকে ইমেল করব, সাধারণত এক দিনের মধ্যে।',

  'outcome.confirmation.heading': 'ধন্যবাদ, আপনার অর্ডার হয়েছে',
  'outcome.confirmation.number': 'অর্ডার নম্বর: {number}',
  'outcome.confirmation.paid': '{method} দিয়ে {total} পেমেন্ট হয়েছে',
  'outcome.confirmation.cod_due': 'কুরিয়ারের জন্য {total} প্রস্তুত রাখুন।',
  'outcome.confirmation.track': 'আপনার অর্ডার ট্র্যাক করুন',
  'outcome.confirmation.next_heading': 'এরপর কী হবে',
  'outcome.confirmation.next':
    'বিক্রেতা এখন আপনার অর্ডার প্রস্তুত করবেন। রওনা হলে আমরা আপনাকে জানাব, আর অর্ডার নম্বর দিয়ে যেকোনো সময় এটি ট্র্যাক করতে পারবেন।',
  'outcome.failure.network':
    'আমরা দোকানে পৌঁছাতে পারিনি। ইন্টারনেট সংযোগ দেখে আবার চেষ্টা করুন। আপনার কাছ থেকে দুবার টাকা কাটা হবে না।',
  'outcome.failure.generic':
    'আমাদের দিকে কিছু একটা সমস্যা হয়েছে। একটু পরে আবার চেষ্টা করুন; আপনার কাছ থেকে দুবার টাকা কাটা হবে না।',
} as const satisfies CompleteCatalog<'outcome'>;

export default bn;
