import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ur = {
  'inbox.heading': 'پیغامات',
  'inbox.list_label': 'پیغامات، سب سے نئے پہلے',
  'inbox.empty': 'ابھی تک کوئی پیغام نہیں۔',
  'inbox.empty_next': 'آپ کے آرڈرز میں کچھ بھی ہونے پر ہم آپ کو یہاں بتائیں گے۔',
  'inbox.new': 'نیا',
  'inbox.message': 'آرڈر {number}: {what}',
  'inbox.view': 'آرڈر {number} دیکھیں',
  'inbox.mark_read': 'پڑھا ہوا نشان زد کریں',
  'inbox.marked_read': 'پڑھا ہوا نشان زد کر دیا گیا۔',
  'inbox.more': 'پرانے پیغامات دکھائیں',
  'inbox.case_news.message_added': 'آپ کی درخواست پر نیا پیغام',
  'inbox.case_news.deadline_passed': 'ایک آخری تاریخ گزر گئی',
  'inbox.case_news.decided': 'ہماری ٹیم نے فیصلہ کر دیا ہے',
  'inbox.case_news.updated': 'آپ کی درخواست اپ ڈیٹ ہوئی',
  'inbox.support_reply': 'سپورٹ کی جانب سے جواب',
  'inbox.read_reply': 'جواب پڑھیں',
} as const satisfies CompleteCatalog<'inbox'>;

export default ur;
