import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Modern Standard Arabic in the plain, direct style of Gulf and Egyptian shopping apps. Right to left. */
const ar = {
  'erasure.blocked_heading': 'لا يمكنك حذف بياناتك بعد',
  'erasure.blocker.open_orders': {
    zero: 'ليس لديك طلبات غير مكتملة.',
    one: 'لديك طلب واحد لم يكتمل بعد.',
    two: 'لديك طلبان لم يكتملا بعد.',
    few: 'لديك {count} طلبات لم تكتمل بعد.',
    many: 'لديك {count} طلبًا لم يكتمل بعد.',
    other: 'لديك {count} طلب لم يكتمل بعد.',
  },
  'erasure.blocker.open_orders.next_step': 'ألغِ الطلبات التي يمكن إلغاؤها، أو انتظر حتى يتم توصيلها، ثم عد إلى هنا.',
  'erasure.blocker.open_refunds': {
    zero: 'ليس لديك مبالغ مستردة قيد التنفيذ.',
    one: 'لديك عملية استرداد واحدة قيد التنفيذ.',
    two: 'لديك عمليتا استرداد قيد التنفيذ.',
    few: 'لديك {count} عمليات استرداد قيد التنفيذ.',
    many: 'لديك {count} عملية استرداد قيد التنفيذ.',
    other: 'لديك {count} عملية استرداد قيد التنفيذ.',
  },
  'erasure.blocker.open_refunds.next_step': 'انتظر حتى تكتمل عملية الاسترداد، ثم عد إلى هنا.',
  'erasure.blocker.open_disputes': {
    zero: 'ليس لديك نزاعات مفتوحة.',
    one: 'لديك نزاع واحد مفتوح.',
    two: 'لديك نزاعان مفتوحان.',
    few: 'لديك {count} نزاعات مفتوحة.',
    many: 'لديك {count} نزاعًا مفتوحًا.',
    other: 'لديك {count} نزاع مفتوح.',
  },
  'erasure.blocker.open_disputes.next_step': 'انتظر القرار أو أغلق النزاع، ثم عد إلى هنا.',
  'erasure.records': 'الطلبات',
  'erasure.confirm_heading': 'هل تريد حذف بياناتك نهائيًا؟',
  'erasure.confirm_text': 'سنحذف بياناتك الشخصية فورًا ونسجّل خروجك. لا يمكننا استعادتها بعد ذلك.',
  'erasure.understand': 'أفهم أنه لا يمكن التراجع عن ذلك',
  'erasure.understand_required': 'حدّد المربع لتأكيد أنك فهمت.',
  'erasure.confirm': 'حذف بياناتي نهائيًا',
  'erasure.erasing': 'جارٍ حذف بياناتك…',
  'erasure.cancel': 'إلغاء',
  'erasure.cancelled': 'لم يُحذف أي شيء.',
  'erasure.cancel_order': 'إلغاء الطلب {number}',
  'erasure.cancelling': 'جارٍ الإلغاء…',
  'erasure.order_cancelled': 'تم إلغاء الطلب {number}.',
} as const satisfies CompleteCatalog<'erasure'>;

export default ar;
