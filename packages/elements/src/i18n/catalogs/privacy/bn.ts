import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Bengali, with formal “আপনি” as Bangladeshi shopping apps address buyers. */
const bn = {
  'privacy.heading': 'গোপনীয়তা ও আপনার তথ্য',
  'privacy.intro':
    'আপনার তথ্য কী কাজে ব্যবহার হবে এবং আমরা কীভাবে আপনার সাথে যোগাযোগ করব তা বেছে নিন। আপনি আপনার তথ্য ডাউনলোড বা মুছেও ফেলতে পারেন।',
  'privacy.loading': 'আপনার গোপনীয়তা সেটিংস লোড হচ্ছে…',
  'privacy.on': 'চালু',
  'privacy.off': 'বন্ধ',
  'privacy.saving': 'সংরক্ষণ হচ্ছে…',
  'privacy.saved_on': '“{label}” এখন চালু।',
  'privacy.saved_off': '“{label}” এখন বন্ধ।',
  'privacy.save_failed': 'আমরা “{label}” সংরক্ষণ করতে পারিনি, তাই এটি আগের মতো ফিরিয়ে দেওয়া হয়েছে।',

  'privacy.consents.heading': 'আমরা আপনার তথ্য কী কাজে ব্যবহার করি',
  'privacy.consents.intro': 'পরিবর্তন সঙ্গে সঙ্গে কার্যকর হয়, আর আপনি যেকোনো সময় মত বদলাতে পারেন।',
  'privacy.consents.necessary': 'সবসময় চালু: আপনার অর্ডার পৌঁছে দিতে দরকার। এটি বন্ধ করতে নিচে আপনার তথ্য মুছে ফেলুন।',
  'privacy.consents.changed': 'শেষ পরিবর্তন {date}',
  'privacy.consent.order_processing.label': 'আপনার অর্ডার ও পেমেন্ট প্রসেস করা',
  'privacy.consent.order_processing.explanation':
    'পেমেন্ট নিতে এবং আপনার অর্ডার, রিফান্ড ও বিরোধ সামলাতে আমরা আপনার নাম, যোগাযোগের তথ্য ও পেমেন্টের তথ্য ব্যবহার করি।',
  'privacy.consent.carrier_address_sharing.label': 'কুরিয়ারের সাথে আপনার ঠিকানা শেয়ার করা',
  'privacy.consent.carrier_address_sharing.explanation':
    'ডেলিভারি কোম্পানি আপনার নাম, ঠিকানা ও ফোন নম্বর পায়, যাতে তারা আপনার প্যাকেজ পৌঁছে দিতে পারে।',
  'privacy.consent.notifications_email.label': 'ইমেল বার্তা',
  'privacy.consent.notifications_email.explanation': 'আপনার অর্ডার, ডেলিভারি, রিফান্ড ও বিরোধ নিয়ে আমরা আপনাকে ইমেল করি।',
  'privacy.consent.notifications_sms.label': 'টেক্সট মেসেজ (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'আপনার অর্ডার ও ডেলিভারি নিয়ে আমরা আপনার ফোনে SMS পাঠাই। আপনার মোবাইল প্যাকেজের স্বাভাবিক চার্জ প্রযোজ্য হতে পারে।',
  'privacy.consent.personalisation.label': 'আপনার জন্য বাছাই করা পরামর্শ ও বিজ্ঞাপন',
  'privacy.consent.personalisation.explanation':
    'আপনি যা কেনেন ও দেখেন তার ভিত্তিতে আমরা আপনার পছন্দমতো পণ্যের পরামর্শ দিই ও বিজ্ঞাপন দেখাই। আপনি চালু না করলে এটি বন্ধ থাকে।',

  'privacy.preferences.heading': 'আমরা কীভাবে আপনার সাথে যোগাযোগ করি',
  'privacy.preferences.intro': 'কোন বার্তাগুলো পাবেন এবং কোথায় পাবেন তা বেছে নিন।',
  'privacy.preferences.caption': 'চ্যানেল অনুযায়ী বার্তা',
  'privacy.preferences.kind_header': 'বার্তা',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'বিরতিতে',
  'privacy.preferences.withdrawn':
    'উপরে “{consent}” বন্ধ থাকায় {channel} বিরতিতে আছে। আবার চালু করলে ব্যবহারের জন্য এখানে আপনার পছন্দগুলো রাখা আছে।',
  'privacy.kind.order_updates': 'অর্ডারের আপডেট',
  'privacy.kind.delivery_problems': 'ডেলিভারির সমস্যা',
  'privacy.kind.refunds_and_disputes': 'রিফান্ড ও বিরোধ',
  'privacy.channel.in_app': 'অ্যাপে',
  'privacy.channel.email': 'ইমেল',
  'privacy.channel.sms': 'SMS',

  'privacy.export.heading': 'আমার তথ্য ডাউনলোড করুন',
  'privacy.export.intro':
    'আপনার সম্পর্কে আমাদের কাছে থাকা সবকিছুর একটি কপি JSON ফাইল হিসেবে নিন, যা অন্য সার্ভিসও পড়তে পারে। আপনি এটি ২৪ ঘণ্টার মধ্যে একবার ডাউনলোড করতে পারবেন।',
  'privacy.export.request': 'আমার তথ্য চান',

  'privacy.erasure.heading': 'আমার তথ্য মুছে ফেলুন',
  'privacy.erasure.intro': 'এতে আপনার ব্যক্তিগত তথ্য মুছে যাবে এবং এই স্টোরে আপনার অ্যাকাউন্ট বন্ধ হবে। এটি আর ফেরানো যাবে না।',
  'privacy.erasure.removed_heading': 'আমরা যা মুছে ফেলি',
  'privacy.erasure.kept_heading': 'আমরা যা রাখি, এবং কেন',
  'privacy.erasure.removed.contact_details': 'আপনার নাম, ইমেল ঠিকানা ও ফোন নম্বর',
  'privacy.erasure.removed.shipping_addresses': 'আপনার অর্ডারের শিপিং ঠিকানা',
  'privacy.erasure.removed.preferences_and_messages': 'আপনার সম্মতি, নোটিফিকেশন সেটিংস ও বার্তা',
  'privacy.erasure.removed.activity_history': 'সেশন, তথ্য এক্সপোর্ট ও লাইভ আপডেটের ইতিহাস',
  'privacy.erasure.kept.financial_records.record': 'অর্ডার ও পেমেন্ট (পণ্য, পরিমাণ, তারিখ)',
  'privacy.erasure.kept.financial_records.reason':
    'কর ও হিসাবরক্ষণ আইন অনুযায়ী আমাদের আর্থিক রেকর্ড রাখতে হয়। এগুলো এমনভাবে রাখা হয় যাতে আপনার সাথে কোনো যোগসূত্র না থাকে।',
  'privacy.erasure.kept.audit_log.record': 'নিরাপত্তা অডিট লগ',
  'privacy.erasure.kept.audit_log.reason':
    'আপনার সুরক্ষার জন্য এতে লেখা থাকে কে ব্যক্তিগত তথ্য দেখেছে; এতে শুধু আইডি থাকে, যা দিয়ে আর আপনাকে শনাক্ত করা যায় না।',
  'privacy.erasure.start': 'আমার তথ্য মুছে ফেলুন…',
  'privacy.erasure.done_heading': 'আপনার তথ্য মুছে ফেলা হয়েছে',
  'privacy.erasure.done_text': 'আমরা {date}-এ আপনার ব্যক্তিগত তথ্য মুছে ফেলেছি। এই স্টোর থেকে আপনাকে সাইন আউট করা হয়েছে।',
  'privacy.other': 'আপনার তথ্যের অন্য কোনো ব্যবহার',
} as const satisfies CompleteCatalog<'privacy'>;

export default bn;
