import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** German, with "du" as social-commerce apps address buyers. */
const de = {
  'export.requesting': 'Wird angefordert…',
  'export.preparing': 'Deine Datei wird vorbereitet…',
  'export.progress_label': 'Deine Datei wird vorbereitet',
  'export.started': 'Wir bereiten deine Datei vor. Bleib auf dieser Seite; das kann eine Minute dauern.',
  'export.ready': 'Deine Datei ist bereit. Lade sie bis {date} herunter.',
  'export.ready_announcement': 'Deine Datei ist bereit zum Herunterladen.',
  'export.download': 'Meine Datei herunterladen',
  'export.downloading': 'Wird heruntergeladen…',
  'export.downloaded':
    'Deine Datei wurde heruntergeladen. Zum Schutz deiner Daten kann sie nur einmal heruntergeladen werden.',
  'export.saved_as': 'Gespeichert als {file}.',
  'export.expired': 'Diese Datei ist abgelaufen und kann nicht mehr heruntergeladen werden.',
  'export.failed': 'Wir konnten deine Datei nicht vorbereiten. Bitte fordere eine neue an.',
  'export.request_new': 'Neuen Export anfordern',
} as const satisfies CompleteCatalog<'export'>;

export default de;
