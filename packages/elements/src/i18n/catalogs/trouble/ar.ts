import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Modern Standard Arabic. Right to left. */
const ar = {
  'trouble.heading': 'فشلت المعاملة',
  'trouble.payments': 'عمليات الدفع التي فشلت',
  'trouble.none': 'لا توجد عملية دفع فاشلة في طلباتك الأخيرة.',
  'trouble.pick': 'أي عملية دفع فشلت؟',
  'trouble.attempt': 'الطلب {number}، {total}، {date}',
  'trouble.cause': 'السبب:',
  'trouble.steps': 'ما العمل:',
  'trouble.step.address': 'تأكد من أن عنوان الفوترة هو العنوان المسجّل لدى البنك لهذه البطاقة.',
  'trouble.step.kept': 'الطلب {number} محفوظ: ادفع ببطاقة أخرى ولن تفقد شيئًا.',
  'trouble.address': 'مشكلات العنوان',
  'trouble.country': 'بلد الشحن',
  'trouble.field.name': 'الاسم الكامل: مطلوب.',
  'trouble.field.line1': 'عنوان الشارع: مطلوب.',
  'trouble.field.city': 'المدينة: مطلوبة.',
  'trouble.field.region_required': 'الولاية أو المحافظة أو المنطقة: مطلوبة في {country}.',
  'trouble.field.region_optional': 'الولاية أو المحافظة أو المنطقة: اختيارية في {country}.',
  'trouble.field.postal_required': 'الرمز البريدي: مطلوب في {country} بالصيغة المحلية.',
  'trouble.field.postal_optional': 'الرمز البريدي: اختياري في {country}.',
  'trouble.field.postal_none': 'الرمز البريدي: لا توجد رموز بريدية في {country}، اترك الحقل فارغًا.',
  'trouble.field.phone': 'الهاتف: اختياري، لشركة الشحن فقط.',
  'trouble.postal.label': 'التحقق من رمز بريدي في {country}',
  'trouble.postal.check': 'تحقق',
  'trouble.postal.ok': '{code} رمز بريدي صالح في {country}.',
  'trouble.postal.invalid': '{code} ليس رمزًا بريديًا في {country}. انسخه من رسالة وصلت إلى ذلك العنوان.',
  'trouble.postal.empty': 'أدخل رمزًا بريديًا، ثم اختر تحقق.',
} as const satisfies CompleteCatalog<'trouble'>;

export default ar;
