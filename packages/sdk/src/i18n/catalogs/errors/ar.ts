import type { CompleteCatalog } from '../../catalog.js';

/** Modern Standard Arabic in the plain, direct style of Gulf and Egyptian shopping apps. Right to left. */
const ar = {
  'error.request_invalid.title': 'حدث خلل في هذه الصفحة',
  'error.request_invalid.next_step':
    'أعد تحميل الصفحة وحاول مرة أخرى. إذا تكرر ذلك، فتواصل مع البائع واذكر له رمز الخطأ.',
  'error.validation_failed.title': 'بعض البيانات ناقصة أو غير صحيحة',
  'error.validation_failed.next_step': 'راجع الحقول المميزة، ثم حاول مرة أخرى.',
  'error.payload_too_large.title': 'ما أرسلته كبير جدًا',
  'error.payload_too_large.next_step': 'أرسل ملفات أقل عددًا أو أصغر حجمًا، ثم حاول مرة أخرى.',
  'error.unauthenticated.title': 'انتهت جلستك',
  'error.unauthenticated.next_step': 'سجّل الدخول مجددًا في هذا الموقع، ثم أعد تحميل الصفحة.',
  'error.forbidden.title': 'هذا غير متاح لحسابك',
  'error.forbidden.next_step': 'تأكد من أنك سجّلت الدخول بالحساب الذي طلبت به.',
  'error.not_found.title': 'لم نعثر على ما تبحث عنه',
  'error.not_found.next_step': 'تحقق من الرابط أو الرقم، وتأكد من أنك سجّلت الدخول بالحساب الصحيح.',
  'error.in_progress.title': 'ما زلنا نعالج طلبك الأخير',
  'error.in_progress.next_step': 'انتظر لحظة، ثم حاول مرة أخرى.',
  'error.action_unavailable.title': 'لم يعد هذا الإجراء ممكنًا لهذا الطلب',
  'error.action_unavailable.next_step': 'أعد تحميل الصفحة لترى الحالة الحالية للطلب وما يمكنك فعله الآن.',
  'error.rate_limited.title': 'محاولات كثيرة جدًا',
  'error.rate_limited.next_step': 'انتظر دقيقة، ثم حاول مرة أخرى.',
  'error.server_error.title': 'حدثت مشكلة من جهتنا',
  'error.server_error.next_step':
    'انتظر بضع دقائق ثم حاول مرة أخرى. إذا تكرر ذلك، فتواصل مع البائع واذكر له رمز الخطأ.',
  'error.unavailable.title': 'هذه الخدمة غير متاحة الآن',
  'error.unavailable.next_step': 'المشكلة من جهتنا. انتظر بضع دقائق، ثم حاول مرة أخرى.',
  'error.timeout.title': 'يستغرق هذا وقتًا طويلًا',
  'error.timeout.next_step': 'انتظر لحظة، ثم حاول مرة أخرى.',
  'error.sign_in_failed.title': 'البريد الإلكتروني أو كلمة المرور غير صحيحة',
  'error.sign_in_failed.next_step': 'تحقق منهما، ثم حاول مرة أخرى.',
  'error.code_required.title': 'أدخل رمز التحقق',
  'error.code_required.next_step': 'افتح تطبيق المصادقة وأدخل الرمز الظاهر فيه.',
  'error.code_invalid.title': 'الرمز غير صحيح أو انتهت صلاحيته',
  'error.code_invalid.next_step': 'أدخل أحدث رمز من تطبيق المصادقة.',
  'error.consent_required.title': 'هذا الإذن مطلوب لتنفيذ طلباتك',
  'error.consent_required.next_step': 'أبقِه مفعّلًا ما دامت لديك طلبات قيد التنفيذ.',
  'error.erasure_blocked.title': 'لا يمكن حذف بياناتك بعد',
  'error.erasure_blocked.next_step': 'ما زال طلب أو نزاع مفتوح يحتاج إليها. حاول مرة أخرى بعد إغلاقه.',
  'error.gone.title': 'لم يعد هذا متاحًا',
  'error.gone.next_step': 'اطلبه مرة أخرى للحصول على نسخة جديدة.',
  'error.unexpected.title': 'حدث خطأ ما',
  'error.unexpected.next_step': 'حاول مرة أخرى. إذا تكرر ذلك، فتواصل مع البائع واذكر له رمز الخطأ.',
} as const satisfies CompleteCatalog<'errors'>;

export default ar;
