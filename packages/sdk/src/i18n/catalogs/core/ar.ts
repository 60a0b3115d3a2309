import type { CompleteCatalog } from '../../catalog.js';

/** Modern Standard Arabic in the plain, direct style of Gulf and Egyptian shopping apps. Right to left. */
const ar = {
  'status.unpaid.label': 'بانتظار الدفع',
  'status.unpaid.explanation': 'لم يصلنا الدفع بعد. أكمل الدفع حتى يتمكن البائع من تجهيز طلبك.',
  'status.on_hold.label': 'معلّق مؤقتًا',
  'status.on_hold.explanation': 'تم الدفع بنجاح. لفترة قصيرة يمكنك إلغاء الطلب بنفسك قبل أن يبدأ البائع بتجهيزه.',
  'status.awaiting_shipment.label': 'جارٍ تجهيز الشحن',
  'status.awaiting_shipment.explanation': 'يقوم البائع بتغليف طلبك. ستظهر تفاصيل التتبع بمجرد شحنه.',
  'status.partially_shipped.label': 'شُحن جزئيًا',
  'status.partially_shipped.explanation': 'بعض منتجاتك في الطريق إليك، وسيصل الباقي في طرد آخر.',
  'status.awaiting_collection.label': 'بانتظار شركة الشحن',
  'status.awaiting_collection.explanation': 'طردك جاهز وينتظر أن تستلمه شركة الشحن.',
  'status.in_transit.label': 'في الطريق',
  'status.in_transit.explanation': 'استلمت شركة الشحن طردك وهي في طريقها إليك.',
  'status.delivered.label': 'تم التوصيل',
  'status.delivered.explanation':
    'تفيد شركة الشحن بأن طردك قد وصل. إذا كانت هناك مشكلة فيه، فلا يزال بإمكانك طلب استرداد المبلغ أو الإرجاع.',
  'status.completed.label': 'مكتمل',
  'status.completed.explanation': 'اكتمل هذا الطلب، وانتهت مدة الإرجاع.',
  'status.cancelled.label': 'ملغى',
  'status.cancelled.explanation': 'أُلغي هذا الطلب. إذا كنت قد دفعت، فسيُعاد المبلغ إلى وسيلة الدفع الأصلية.',

  'error.code': 'رمز الخطأ: {code}',
  'error.retry': 'حاول مرة أخرى',
  'error.retrying': 'جارٍ المحاولة مرة أخرى…',
  'error.not_configured.title': 'هذه الصفحة غير مُعدّة بشكل صحيح',
  'error.not_configured.next_step': 'تواصل مع البائع واذكر له رمز الخطأ.',
  'error.network.title': 'تعذّر الاتصال الآن',
  'error.network.next_step': 'تحقق من اتصالك بالإنترنت، ثم حاول مرة أخرى.',
} as const satisfies CompleteCatalog<'core'>;

export default ar;
