import type { CompleteCatalog } from '@txassist/sdk/i18n';

const fa = {
  'inbox.heading': 'پیام‌ها',
  'inbox.list_label': 'پیام‌ها، جدیدترین در ابتدا',
  'inbox.empty': 'هنوز پیامی نیست.',
  'inbox.empty_next': 'هر وقت اتفاقی برای سفارش‌هایتان بیفتد، اینجا به شما خبر می‌دهیم.',
  'inbox.new': 'جدید',
  'inbox.message': 'سفارش {number}: {what}',
  'inbox.view': 'مشاهدهٔ سفارش {number}',
  'inbox.mark_read': 'علامت‌گذاری به‌عنوان خوانده‌شده',
  'inbox.marked_read': 'به‌عنوان خوانده‌شده علامت خورد.',
  'inbox.more': 'نمایش پیام‌های قدیمی‌تر',
  'inbox.case_news.message_added': 'پیام جدید دربارهٔ درخواست شما',
  'inbox.case_news.deadline_passed': 'یک مهلت گذشت',
  'inbox.case_news.decided': 'تیم ما تصمیم گرفت',
  'inbox.case_news.updated': 'درخواست شما به‌روز شد',
  'inbox.support_reply': 'پاسخ پشتیبانی',
  'inbox.read_reply': 'خواندن پاسخ',
} as const satisfies CompleteCatalog<'inbox'>;

export default fa;
