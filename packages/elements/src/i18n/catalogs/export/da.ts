import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The privacy centre in Danish (du). */
const da = {
  'export.requesting': 'Sender anmodning…',
  'export.preparing': 'Gør din fil klar…',
  'export.progress_label': 'Gør din fil klar',
  'export.started': 'Vi gør din fil klar. Bliv på siden; det kan tage et minut.',
  'export.ready': 'Din fil er klar. Download den inden {date}.',
  'export.ready_announcement': 'Din fil er klar til download.',
  'export.download': 'Download min fil',
  'export.downloading': 'Downloader…',
  'export.downloaded': 'Din fil er downloadet. For at beskytte dine data kan den kun downloades én gang.',
  'export.saved_as': 'Gemt som {file}.',
  'export.expired': 'Filen er udløbet og kan ikke længere downloades.',
  'export.failed': 'Vi kunne ikke gøre din fil klar. Anmod om en ny.',
  'export.request_new': 'Anmod om en ny eksport',
} as const satisfies CompleteCatalog<'export'>;

export default da;
