import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Croatian, with formal “vi” as Croatian web shops address buyers. */
const hr = {
  'export.requesting': 'Slanje zahtjeva…',
  'export.preparing': 'Pripremamo vašu datoteku…',
  'export.progress_label': 'Priprema vaše datoteke',
  'export.started': 'Pripremamo vašu datoteku. Ostanite na ovoj stranici; može potrajati minutu.',
  'export.ready': 'Vaša je datoteka spremna. Preuzmite je prije {date}.',
  'export.ready_announcement': 'Vaša je datoteka spremna za preuzimanje.',
  'export.download': 'Preuzmi moju datoteku',
  'export.downloading': 'Preuzimanje…',
  'export.downloaded': 'Vaša je datoteka preuzeta. Radi sigurnosti vaših podataka može se preuzeti samo jednom.',
  'export.saved_as': 'Spremljeno kao {file}.',
  'export.expired': 'Ova je datoteka istekla i više se ne može preuzeti.',
  'export.failed': 'Nismo mogli pripremiti vašu datoteku. Zatražite novu.',
  'export.request_new': 'Zatraži novi izvoz',
} as const satisfies CompleteCatalog<'export'>;

export default hr;
