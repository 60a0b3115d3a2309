import type { CompleteCatalog } from '@txassist/sdk/i18n';

const bn = {
  'unpaid.due': 'এই অর্ডারটি রাখতে {date}-এর মধ্যে পেমেন্ট করুন; এরপর এটি নিজে থেকেই বাতিল হয়ে যাবে।',
  'unpaid.pay': 'এখনই পেমেন্ট করুন',
  'unpaid.cancel': 'অর্ডার বাতিল করুন',
  'unpaid.cancelling': 'বাতিল করা হচ্ছে…',
  'unpaid.confirm': 'অর্ডার {number} বাতিল করবেন? এটি আর ফেরানো যাবে না।',
  'unpaid.keep': 'অর্ডার রাখুন',
} as const satisfies CompleteCatalog<'unpaid'>;

export default bn;
