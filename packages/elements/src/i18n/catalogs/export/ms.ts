import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Malay (Malaysia), with "anda", as Malaysian shopping apps address buyers. */
const ms = {
  'export.requesting': 'Sedang meminta…',
  'export.preparing': 'Menyediakan fail anda…',
  'export.progress_label': 'Menyediakan fail anda',
  'export.started': 'Kami sedang menyediakan fail anda. Kekal di halaman ini; ia mungkin mengambil masa seminit.',
  'export.ready': 'Fail anda sudah sedia. Muat turun sebelum {date}.',
  'export.ready_announcement': 'Fail anda sedia untuk dimuat turun.',
  'export.download': 'Muat turun fail saya',
  'export.downloading': 'Sedang memuat turun…',
  'export.downloaded': 'Fail anda telah dimuat turun. Demi keselamatan data anda, ia hanya boleh dimuat turun sekali.',
  'export.saved_as': 'Disimpan sebagai {file}.',
  'export.expired': 'Fail ini telah tamat tempoh dan tidak boleh dimuat turun lagi.',
  'export.failed': 'Kami tidak dapat menyediakan fail anda. Sila minta yang baharu.',
  'export.request_new': 'Minta eksport baharu',
} as const satisfies CompleteCatalog<'export'>;

export default ms;
