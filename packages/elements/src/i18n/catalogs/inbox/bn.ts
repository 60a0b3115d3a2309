import type { CompleteCatalog } from '@txassist/sdk/i18n';

const bn = {
  'inbox.heading': 'বার্তা',
  'inbox.list_label': 'বার্তা, নতুনগুলো আগে',
  'inbox.empty': 'এখনো কোনো বার্তা নেই।',
  'inbox.empty_next': 'আপনার অর্ডারে কিছু ঘটলে আমরা এখানে জানাব।',
  'inbox.new': 'নতুন',
  'inbox.message': 'অর্ডার {number}: {what}',
  'inbox.view': 'অর্ডার {number} দেখুন',
  'inbox.mark_read': 'পঠিত হিসেবে চিহ্নিত করুন',
  'inbox.marked_read': 'পঠিত হিসেবে চিহ্নিত হয়েছে।',
  'inbox.more': 'পুরোনো বার্তা দেখান',
  'inbox.case_news.message_added': 'আপনার অনুরোধে নতুন বার্তা',
  'inbox.case_news.deadline_passed': 'একটি সময়সীমা পার হয়েছে',
  'inbox.case_news.decided': 'আমাদের টিম সিদ্ধান্ত নিয়েছে',
  'inbox.case_news.updated': 'আপনার অনুরোধ আপডেট হয়েছে',
  'inbox.support_reply': 'সহায়তা দলের উত্তর',
  'inbox.read_reply': 'উত্তরটি পড়ুন',
} as const satisfies CompleteCatalog<'inbox'>;

export default bn;
