import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ar = {
  'outcome.declined.heading': 'لم تتم عملية الدفع',
  'outcome.declined.kept': 'كل ما أدخلته ما زال هنا. عليك فقط إعادة كتابة بيانات البطاقة.',
  'outcome.challenge.heading': 'أكّد أنك أنت',
  'outcome.challenge.code': 'رمز التحقق',
  'outcome.challenge.code_hint': 'يمكنك لصق الرمز. تنتهي صلاحيته الساعة {time}.',
  'outcome.challenge.verify': 'تحقّق وادفع',
  'outcome.challenge.resend': 'إرسال رمز جديد',
  'outcome.challenge.resend_wait': 'يمكنك طلب رمز جديد بعد {seconds} ث.',
  'outcome.challenge.resent': 'أرسلنا رمزًا جديدًا. أحدث رمز فقط هو الصالح.',
  'outcome.challenge.attempts_left': 'المحاولات المتبقية: {count}',
  'outcome.challenge.required': 'أدخل الرمز المكوّن من 6 أرقام الذي أرسلناه إليك.',
  'outcome.challenge.format': 'يتكوّن الرمز من 6 أرقام. تحقّق منه وأدخله مرة أخرى.',
  'outcome.challenge.wrong': 'هذا الرمز غير صحيح. راجع أحدث رسالة ثم حاول مرة أخرى.',
  'outcome.challenge.expired': 'انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا ثم أدخله.',
  'outcome.challenge.locked':
    'أُدخلت رموز خاطئة كثيرة، لذا أوقفنا هذا الدفع لحمايتك. اختر طريقة دفع أخرى أو حاول لاحقًا.',
  'outcome.challenge.verifying': 'جارٍ التحقق من الرمز…',
  'outcome.wallet.returned': 'مرحبًا بعودتك. نؤكد الآن دفعتك عبر TxPay…',
  'outcome.wallet.cancelled': 'غادرت TxPay دون الدفع. اختر طريقة الدفع ثم حاول مرة أخرى.',
  'outcome.on_hold.heading': 'تم تقديم طلبك وهو بانتظار مراجعة سريعة',
  'outcome.on_hold.body':
    'نراجع هذه الدفعة قبل تجهيز طلبك. لا حاجة لأن تفعل شيئًا: سنراسلك بالبريد الإلكتروني عند الانتهاء، عادةً خلال يوم واحد.',
  'outcome.confirmation.heading': 'شكرًا لك، تم تقديم طلبك',
  'outcome.confirmation.number': 'رقم الطلب: {number}',
  'outcome.confirmation.paid': 'تم دفع {total} بواسطة {method}',
  'outcome.confirmation.cod_due': 'جهّز مبلغ {total} لمندوب التوصيل.',
  'outcome.confirmation.track': 'تتبّع طلبك',
  'outcome.confirmation.next_heading': 'ما الذي سيحدث بعد ذلك',
  'outcome.confirmation.next':
    'يجهّز البائع طلبك الآن. سنخبرك عندما يكون في الطريق، ويمكنك متابعته في أي وقت برقم طلبك.',
  'outcome.failure.network': 'تعذّر الوصول إلى المتجر. تحقّق من اتصالك ثم حاول مرة أخرى. لن يتم الخصم منك مرتين.',
  'outcome.failure.generic': 'حدث خطأ من جهتنا. حاول مرة أخرى بعد قليل، ولن يتم الخصم منك مرتين.',
} as const satisfies CompleteCatalog<'outcome'>;

export default ar;
