import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The privacy centre in Norwegian Bokmål (du). */
const nb = {
  'export.requesting': 'Sender forespørsel…',
  'export.preparing': 'Gjør klar filen din…',
  'export.progress_label': 'Gjør klar filen din',
  'export.started': 'Vi gjør klar filen din. Bli på denne siden; det kan ta et minutt.',
  'export.ready': 'Filen din er klar. Last den ned før {date}.',
  'export.ready_announcement': 'Filen din er klar til nedlasting.',
  'export.download': 'Last ned filen min',
  'export.downloading': 'Laster ned…',
  'export.downloaded': 'Filen din er lastet ned. For å beskytte dataene dine kan den bare lastes ned én gang.',
  'export.saved_as': 'Lagret som {file}.',
  'export.expired': 'Filen er utløpt og kan ikke lenger lastes ned.',
  'export.failed': 'Vi kunne ikke gjøre klar filen din. Be om en ny.',
  'export.request_new': 'Be om en ny eksport',
} as const satisfies CompleteCatalog<'export'>;

export default nb;
