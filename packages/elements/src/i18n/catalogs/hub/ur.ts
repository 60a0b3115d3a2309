import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ur = {
  'hub.heading': 'آپ کے آرڈرز',
  'hub.intro': 'آپ کے آرڈرز، ان کے بارے میں ہمارے بھیجے گئے پیغامات، اور ہم آپ سے کیسے رابطہ کرتے ہیں۔',
  'hub.tabs_label': 'آرڈر ہب',
  'hub.tab.orders': 'آرڈرز',
  'hub.tab.inbox': 'پیغامات',
  'hub.tab.preferences': 'اطلاعات کی ترتیبات',
  'hub.unread': { one: '{count} غیر پڑھا ہوا', other: '{count} غیر پڑھے ہوئے' },
  'hub.loading': 'لوڈ ہو رہا ہے…',
  'hub.offline': 'آپ آف لائن ہیں۔ جو نظر آ رہا ہے وہ شاید پرانا ہو؛ آن لائن آنے پر یہ ریفریش ہو جائے گا۔',
  'hub.online': 'آپ دوبارہ آن لائن ہیں۔ ریفریش ہو رہا ہے…',

  'hub.history.heading': 'آرڈرز کی تاریخ',
  'hub.history.search_label': 'آرڈر نمبر',
  'hub.history.search_hint': 'پورا یا اس کا کچھ حصہ، مثال کے طور پر TX-1004 یا 1004۔',
  'hub.history.status_label': 'صورتحال',
  'hub.history.status_all': 'تمام صورتحال',
  'hub.history.search': 'تلاش کریں',
  'hub.history.clear': 'تلاش صاف کریں',
  'hub.history.list_label': 'آپ کے آرڈرز، سب سے نئے پہلے',
  'hub.history.shown': { one: '{count} آرڈر دکھایا گیا۔', other: '{count} آرڈرز دکھائے گئے۔' },
  'hub.history.empty': 'آپ نے ابھی تک کوئی آرڈر نہیں کیا۔',
  'hub.history.empty_next': 'جب آپ کچھ خریدیں گے تو وہ یہاں نظر آئے گا۔',
  'hub.history.no_match': 'آپ کی تلاش سے کوئی آرڈر نہیں ملا۔',
  'hub.history.no_match_next': 'آرڈر نمبر چیک کریں، کوئی دوسری صورتحال منتخب کریں، یا تلاش صاف کریں۔',
  'hub.history.more': 'مزید آرڈرز دکھائیں',
  'hub.history.more_loading': 'مزید آرڈرز لوڈ ہو رہے ہیں…',

  'hub.order.number': 'آرڈر {number}',
  'hub.order.placed': '{date} کو کیا گیا',
  'hub.order.items': { one: '{count} چیز', other: '{count} اشیاء' },
  'hub.order.total': 'کل: {total}',

  'hub.detail.back': 'اپنے آرڈرز پر واپس جائیں',
  'hub.detail.loading': 'آرڈر لوڈ ہو رہا ہے…',
  'hub.detail.loaded': 'آرڈر {number}: {status}۔',

  'hub.other': 'صورتحال: اپ ڈیٹ ہو رہی ہے',
} as const satisfies CompleteCatalog<'hub'>;

export default ur;
