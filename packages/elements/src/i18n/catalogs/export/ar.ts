import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Modern Standard Arabic in the plain, direct style of Gulf and Egyptian shopping apps. Right to left. */
const ar = {
  'export.requesting': 'جارٍ الطلب…',
  'export.preparing': 'جارٍ تجهيز ملفك…',
  'export.progress_label': 'جارٍ تجهيز ملفك',
  'export.started': 'نحن نجهّز ملفك الآن. ابقَ في هذه الصفحة؛ قد يستغرق ذلك دقيقة.',
  'export.ready': 'ملفك جاهز. نزّله قبل {date}.',
  'export.ready_announcement': 'ملفك جاهز للتنزيل.',
  'export.download': 'تنزيل ملفي',
  'export.downloading': 'جارٍ التنزيل…',
  'export.downloaded': 'تم تنزيل ملفك. لحماية بياناتك، لا يمكن تنزيله إلا مرة واحدة.',
  'export.saved_as': 'تم الحفظ باسم {file}.',
  'export.expired': 'انتهت صلاحية هذا الملف ولم يعد بالإمكان تنزيله.',
  'export.failed': 'تعذّر تجهيز ملفك. يُرجى طلب ملف جديد.',
  'export.request_new': 'طلب تصدير جديد',
} as const satisfies CompleteCatalog<'export'>;

export default ar;
