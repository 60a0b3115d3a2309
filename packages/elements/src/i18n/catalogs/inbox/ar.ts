import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ar = {
  'inbox.heading': 'الرسائل',
  'inbox.list_label': 'الرسائل، الأحدث أولًا',
  'inbox.empty': 'لا توجد رسائل بعد.',
  'inbox.empty_next': 'سنخبرك هنا عندما يحدث أي جديد في طلباتك.',
  'inbox.new': 'جديدة',
  'inbox.message': 'الطلب {number}: {what}',
  'inbox.view': 'عرض الطلب {number}',
  'inbox.support_reply': 'ردّ من فريق الدعم',
  'inbox.read_reply': 'اقرأ الرد',
  'inbox.mark_read': 'وضع علامة مقروءة',
  'inbox.marked_read': 'تم وضع علامة مقروءة.',
  'inbox.more': 'عرض الرسائل الأقدم',
  'inbox.case_news.message_added': 'رسالة جديدة بشأن طلبك',
  'inbox.case_news.deadline_passed': 'انتهت المهلة',
  'inbox.case_news.decided': 'اتخذ فريقنا قرارًا',
  'inbox.case_news.updated': 'تم تحديث طلبك',
} as const satisfies CompleteCatalog<'inbox'>;

export default ar;
