import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Privacy settings in Romanian (formal address). */
const ro = {
  'export.requesting': 'Se solicită…',
  'export.preparing': 'Se pregătește fișierul…',
  'export.progress_label': 'Se pregătește fișierul dvs.',
  'export.started': 'Pregătim fișierul. Rămâneți pe această pagină; poate dura un minut.',
  'export.ready': 'Fișierul este gata. Descărcați-l până la {date}.',
  'export.ready_announcement': 'Fișierul dvs. este gata de descărcat.',
  'export.download': 'Descărcați fișierul',
  'export.downloading': 'Se descarcă…',
  'export.downloaded': 'Fișierul a fost descărcat. Pentru a vă proteja datele, poate fi descărcat o singură dată.',
  'export.saved_as': 'Salvat ca {file}.',
  'export.expired': 'Acest fișier a expirat și nu mai poate fi descărcat.',
  'export.failed': 'Nu am putut pregăti fișierul. Vă rugăm să solicitați unul nou.',
  'export.request_new': 'Solicitați un export nou',
} as const satisfies CompleteCatalog<'export'>;

export default ro;
