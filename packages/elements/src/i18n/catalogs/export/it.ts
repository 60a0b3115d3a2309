import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Italian, with "tu", the usual register of Italian shopping apps. */
const it = {
  'export.requesting': 'Richiesta in corso…',
  'export.preparing': 'Preparazione del file…',
  'export.progress_label': 'Preparazione del file',
  'export.started': 'Stiamo preparando il tuo file. Resta su questa pagina: potrebbe volerci un minuto.',
  'export.ready': 'Il tuo file è pronto. Scaricalo entro il {date}.',
  'export.ready_announcement': 'Il tuo file è pronto da scaricare.',
  'export.download': 'Scarica il mio file',
  'export.downloading': 'Download in corso…',
  'export.downloaded': 'Il tuo file è stato scaricato. Per proteggere i tuoi dati, si può scaricare una sola volta.',
  'export.saved_as': 'Salvato come {file}.',
  'export.expired': 'Questo file è scaduto e non si può più scaricare.',
  'export.failed': 'Non siamo riusciti a preparare il tuo file. Richiedine uno nuovo.',
  'export.request_new': 'Richiedi una nuova esportazione',
} as const satisfies CompleteCatalog<'export'>;

export default it;
