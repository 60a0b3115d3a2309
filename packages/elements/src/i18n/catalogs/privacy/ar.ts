import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Modern Standard Arabic in the plain, direct style of Gulf and Egyptian shopping apps. Right to left. */
const ar = {
  'privacy.heading': 'الخصوصية وبياناتك',
  'privacy.intro': 'اختر الأغراض التي تُستخدم لها بياناتك وطريقة تواصلنا معك. يمكنك أيضًا تنزيل بياناتك أو حذفها.',
  'privacy.loading': 'جارٍ تحميل إعدادات الخصوصية…',
  'privacy.on': 'مفعّل',
  'privacy.off': 'متوقف',
  'privacy.saving': 'جارٍ الحفظ…',
  'privacy.saved_on': 'تم تفعيل «{label}».',
  'privacy.saved_off': 'تم إيقاف «{label}».',
  'privacy.save_failed': 'تعذّر حفظ «{label}»، لذا عاد الإعداد كما كان.',
  'privacy.consents.heading': 'لماذا نستخدم بياناتك',
  'privacy.consents.intro': 'تسري التغييرات فورًا، ويمكنك تغيير رأيك في أي وقت.',
  'privacy.consents.necessary': 'مفعّل دائمًا: ضروري لتوصيل طلباتك. لإيقافه، احذف بياناتك من الأسفل.',
  'privacy.consents.changed': 'آخر تغيير في {date}',
  'privacy.consent.order_processing.label': 'معالجة طلباتك ومدفوعاتك',
  'privacy.consent.order_processing.explanation':
    'نستخدم اسمك وبيانات التواصل وبيانات الدفع لتحصيل المدفوعات ومتابعة طلباتك والمبالغ المستردة والنزاعات.',
  'privacy.consent.carrier_address_sharing.label': 'مشاركة عنوانك مع شركة الشحن',
  'privacy.consent.carrier_address_sharing.explanation':
    'تحصل شركة الشحن على اسمك وعنوانك ورقم هاتفك لتتمكن من توصيل طردك.',
  'privacy.consent.notifications_email.label': 'الرسائل عبر البريد الإلكتروني',
  'privacy.consent.notifications_email.explanation':
    'نراسلك بالبريد الإلكتروني بشأن طلباتك وشحناتك والمبالغ المستردة والنزاعات.',
  'privacy.consent.notifications_sms.label': 'الرسائل النصية (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'نرسل إليك رسائل نصية بشأن طلباتك وشحناتك. قد تُطبَّق رسوم باقتك المعتادة.',
  'privacy.consent.personalisation.label': 'اقتراحات وإعلانات مخصصة',
  'privacy.consent.personalisation.explanation':
    'نستخدم ما تشتريه وتتصفحه لنقترح عليك منتجات ونعرض إعلانات تناسبك. متوقف ما لم تفعّله.',
  'privacy.preferences.heading': 'طريقة تواصلنا معك',
  'privacy.preferences.intro': 'اختر الرسائل التي تصلك ومكان وصولها.',
  'privacy.preferences.caption': 'الرسائل حسب القناة',
  'privacy.preferences.kind_header': 'الرسالة',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'متوقف مؤقتًا',
  'privacy.preferences.withdrawn':
    '{channel} متوقف مؤقتًا لأن «{consent}» متوقف في الأعلى. نحتفظ باختياراتك هنا إلى أن تفعّله مجددًا.',
  'privacy.kind.order_updates': 'تحديثات الطلب',
  'privacy.kind.delivery_problems': 'مشكلات التوصيل',
  'privacy.kind.refunds_and_disputes': 'المبالغ المستردة والنزاعات',
  'privacy.channel.in_app': 'التطبيق',
  'privacy.channel.email': 'البريد',
  'privacy.channel.sms': 'SMS',
  'privacy.export.heading': 'تنزيل بياناتي',
  'privacy.export.intro':
    'احصل على نسخة من كل ما نحتفظ به عنك في ملف JSON يمكن للخدمات الأخرى قراءته. يمكنك تنزيله مرة واحدة خلال 24 ساعة.',
  'privacy.export.request': 'طلب بياناتي',
  'privacy.erasure.heading': 'حذف بياناتي',
  'privacy.erasure.intro': 'يؤدي هذا إلى حذف بياناتك الشخصية وإغلاق حسابك في هذا المتجر. لا يمكن التراجع عن ذلك.',
  'privacy.erasure.removed_heading': 'ما سنحذفه',
  'privacy.erasure.kept_heading': 'ما سنحتفظ به ولماذا',
  'privacy.erasure.removed.contact_details': 'اسمك وبريدك الإلكتروني ورقم هاتفك',
  'privacy.erasure.removed.shipping_addresses': 'عناوين الشحن في طلباتك',
  'privacy.erasure.removed.preferences_and_messages': 'موافقاتك وتفضيلات الإشعارات ورسائلك',
  'privacy.erasure.removed.activity_history': 'الجلسات وعمليات تصدير البيانات وسجل التحديثات المباشرة',
  'privacy.erasure.kept.financial_records.record': 'الطلبات والمدفوعات (المنتجات والمبالغ والتواريخ)',
  'privacy.erasure.kept.financial_records.reason':
    'تُلزمنا قوانين الضرائب والمحاسبة بالاحتفاظ بها، دون أي بيانات تربطها بك.',
  'privacy.erasure.kept.audit_log.record': 'سجل التدقيق الأمني',
  'privacy.erasure.kept.audit_log.reason':
    'يسجّل من اطّلع على البيانات الشخصية لحمايتك. لا يحتوي إلا على معرّفات لم تعد تدل عليك.',
  'privacy.erasure.start': 'حذف بياناتي…',
  'privacy.erasure.done_heading': 'تم حذف بياناتك',
  'privacy.erasure.done_text': 'حذفنا بياناتك الشخصية في {date}. تم تسجيل خروجك من هذا المتجر.',
  'privacy.other': 'استخدام آخر لبياناتك',
} as const satisfies CompleteCatalog<'privacy'>;

export default ar;
