import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Privacy settings in Turkish (formal "siz"). */
const tr = {
  'export.requesting': 'İsteniyor…',
  'export.preparing': 'Dosyanız hazırlanıyor…',
  'export.progress_label': 'Dosyanız hazırlanıyor',
  'export.started': 'Dosyanızı hazırlıyoruz. Bu sayfada kalın; bu işlem bir dakika sürebilir.',
  'export.ready': 'Dosyanız hazır. {date} tarihine kadar indirin.',
  'export.ready_announcement': 'Dosyanız indirilmeye hazır.',
  'export.download': 'Dosyamı indir',
  'export.downloading': 'İndiriliyor…',
  'export.downloaded': 'Dosyanız indirildi. Verilerinizi korumak için dosya yalnızca bir kez indirilebilir.',
  'export.saved_as': '{file} olarak kaydedildi.',
  'export.expired': 'Bu dosyanın süresi doldu ve artık indirilemez.',
  'export.failed': 'Dosyanızı hazırlayamadık. Lütfen yeni bir dosya isteyin.',
  'export.request_new': 'Yeni dışa aktarma iste',
} as const satisfies CompleteCatalog<'export'>;

export default tr;
