import type { CompleteCatalog } from '../../catalog.js';

const ar = {
  'payments.declined.title': 'تم رفض الدفع',
  'payments.decline.generic_decline': 'رفض البنك الدفع دون ذكر السبب.',
  'payments.decline.insufficient_funds': 'لا يوجد رصيد كافٍ في البطاقة لهذا الدفع.',
  'payments.decline.expired_card': 'انتهت صلاحية البطاقة.',
  'payments.decline.incorrect_cvc': 'رمز الأمان (CVC) لا يطابق البطاقة.',
  'payments.decline.processing_error': 'حدث خطأ أثناء معالجة البطاقة.',
  'payments.decline.authentication_failed': 'لم نتمكن من التحقق من أن هذا الدفع صادر منك.',
  'payments.decline.card_velocity_exceeded': 'بلغت البطاقة حدّ الإنفاق المسموح به حاليًا.',
  'payments.next_step.use_another_card': 'استخدم بطاقة أخرى أو طريقة دفع أخرى.',
  'payments.next_step.check_details': 'تحقق من رقم البطاقة وتاريخ انتهاء الصلاحية ورمز الأمان، ثم حاول مرة أخرى.',
  'payments.next_step.contact_bank': 'تواصل مع البنك، أو استخدم بطاقة أخرى.',
  'payments.next_step.try_again': 'انتظر قليلًا، ثم حاول مرة أخرى.',
  'payments.not_charged': 'لم يتم خصم أي مبلغ منك.',
  'payments.failed.title': 'تعذّر إتمام هذا الدفع',
  'payments.review.title': 'نراجع طلبك الآن',
  'payments.review.body':
    'الطلب {number} معلّق ريثما نراجع الدفع. سنراسلك بالبريد الإلكتروني قريبًا، ولن يُخصم المبلغ منك مرتين.',
} as const satisfies CompleteCatalog<'payments'>;

export default ar;
