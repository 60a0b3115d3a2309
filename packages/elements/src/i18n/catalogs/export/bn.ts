import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Bengali, with formal “আপনি” as Bangladeshi shopping apps address buyers. */
const bn = {
  'export.requesting': 'অনুরোধ পাঠানো হচ্ছে…',
  'export.preparing': 'আপনার ফাইল প্রস্তুত হচ্ছে…',
  'export.progress_label': 'আপনার ফাইল প্রস্তুত হচ্ছে',
  'export.started': 'আমরা আপনার ফাইল প্রস্তুত করছি। এই পেজেই থাকুন; এক মিনিট লাগতে পারে।',
  'export.ready': 'আপনার ফাইল প্রস্তুত। {date}-এর আগে ডাউনলোড করে নিন।',
  'export.ready_announcement': 'আপনার ফাইল ডাউনলোডের জন্য প্রস্তুত।',
  'export.download': 'আমার ফাইল ডাউনলোড করুন',
  'export.downloading': 'ডাউনলোড হচ্ছে…',
  'export.downloaded': 'আপনার ফাইল ডাউনলোড হয়েছে। আপনার তথ্য নিরাপদ রাখতে এটি শুধু একবারই ডাউনলোড করা যায়।',
  'export.saved_as': '{file} নামে সংরক্ষিত হয়েছে।',
  'export.expired': 'এই ফাইলের মেয়াদ শেষ হয়ে গেছে, এটি আর ডাউনলোড করা যাবে না।',
  'export.failed': 'আমরা আপনার ফাইল প্রস্তুত করতে পারিনি। অনুগ্রহ করে নতুন করে অনুরোধ করুন।',
  'export.request_new': 'নতুন এক্সপোর্টের অনুরোধ করুন',
} as const satisfies CompleteCatalog<'export'>;

export default bn;
