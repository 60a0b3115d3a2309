import type { CompleteCatalog } from '@txassist/sdk/i18n';

const bn = {
  'hub.heading': 'আপনার অর্ডার',
  'hub.intro': 'আপনার অর্ডার, সেগুলো নিয়ে আমাদের পাঠানো বার্তা, এবং আমরা কীভাবে আপনার সাথে যোগাযোগ করি।',
  'hub.tabs_label': 'অর্ডার হাব',
  'hub.tab.orders': 'অর্ডার',
  'hub.tab.inbox': 'বার্তা',
  'hub.tab.preferences': 'নোটিফিকেশন সেটিংস',
  'hub.unread': { one: '{count}টি অপঠিত', other: '{count}টি অপঠিত' },
  'hub.loading': 'লোড হচ্ছে…',
  'hub.offline': 'আপনি অফলাইনে আছেন। যা দেখছেন তা পুরোনো হতে পারে; অনলাইনে ফিরলে রিফ্রেশ হবে।',
  'hub.online': 'আপনি আবার অনলাইনে। রিফ্রেশ হচ্ছে…',

  'hub.history.heading': 'অর্ডারের ইতিহাস',
  'hub.history.search_label': 'অর্ডার নম্বর',
  'hub.history.search_hint': 'পুরোটা বা এর অংশ, যেমন TX-1004 বা 1004।',
  'hub.history.status_label': 'অবস্থা',
  'hub.history.status_all': 'সব অবস্থা',
  'hub.history.search': 'খুঁজুন',
  'hub.history.clear': 'খোঁজা মুছুন',
  'hub.history.list_label': 'আপনার অর্ডার, নতুনগুলো আগে',
  'hub.history.shown': { one: '{count}টি অর্ডার দেখানো হচ্ছে।', other: '{count}টি অর্ডার দেখানো হচ্ছে।' },
  'hub.history.empty': 'আপনার এখনো কোনো অর্ডার নেই।',
  'hub.history.empty_next': 'কিছু কিনলে তা এখানে দেখা যাবে।',
  'hub.history.no_match': 'আপনার খোঁজার সাথে কোনো অর্ডার মেলেনি।',
  'hub.history.no_match_next': 'অর্ডার নম্বরটি দেখে নিন, অন্য অবস্থা বেছে নিন, অথবা খোঁজা মুছুন।',
  'hub.history.more': 'আরও অর্ডার দেখান',
  'hub.history.more_loading': 'আরও অর্ডার লোড হচ্ছে…',

  'hub.order.number': 'অর্ডার {number}',
  'hub.order.placed': '{date}-এ করা হয়েছে',
  'hub.order.items': { one: '{count}টি পণ্য', other: '{count}টি পণ্য' },
  'hub.order.total': 'মোট: {total}',

  'hub.detail.back': 'আপনার অর্ডারে ফিরে যান',
  'hub.detail.loading': 'অর্ডার লোড হচ্ছে…',
  'hub.detail.loaded': 'অর্ডার {number}: {status}।',

  'hub.other': 'অবস্থা: আপডেট হচ্ছে',
} as const satisfies CompleteCatalog<'hub'>;

export default bn;
