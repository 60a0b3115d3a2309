import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Filipino, in the everyday Taglish of Philippine shopping apps ("order", "refund", "i-download"). */
const fil = {
  'export.requesting': 'Hinihiling…',
  'export.preparing': 'Inihahanda ang file mo…',
  'export.progress_label': 'Inihahanda ang file mo',
  'export.started': 'Inihahanda na namin ang file mo. Manatili sa page na ito; maaaring umabot ito nang isang minuto.',
  'export.ready': 'Handa na ang file mo. I-download ito bago ang {date}.',
  'export.ready_announcement': 'Handa nang i-download ang file mo.',
  'export.download': 'I-download ang file ko',
  'export.downloading': 'Nagda-download…',
  'export.downloaded':
    'Na-download na ang file mo. Para protektahan ang data mo, isang beses lang ito puwedeng i-download.',
  'export.saved_as': 'Na-save bilang {file}.',
  'export.expired': 'Nag-expire na ang file na ito at hindi na puwedeng i-download.',
  'export.failed': 'Hindi namin naihanda ang file mo. Pakihiling ng bago.',
  'export.request_new': 'Humiling ng bagong export',
} as const satisfies CompleteCatalog<'export'>;

export default fil;
