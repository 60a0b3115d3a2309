import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ar = {
  'unpaid.due': 'ادفع قبل {date} للإبقاء على هذا الطلب؛ بعد ذلك يُلغى تلقائيًا.',
  'unpaid.pay': 'ادفع الآن',
  'unpaid.cancel': 'إلغاء الطلب',
  'unpaid.cancelling': 'جارٍ الإلغاء…',
  'unpaid.confirm': 'هل تريد إلغاء الطلب {number}؟ لا يمكن التراجع عن ذلك.',
  'unpaid.keep': 'الإبقاء على الطلب',
} as const satisfies CompleteCatalog<'unpaid'>;

export default ar;
