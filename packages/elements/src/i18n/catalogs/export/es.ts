import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Spanish (Spain and the fallback for every other Spanish), in the informal "tú" that social-commerce apps use. */
const es = {
  'export.requesting': 'Solicitando…',
  'export.preparing': 'Preparando tu archivo…',
  'export.progress_label': 'Preparando tu archivo',
  'export.started': 'Estamos preparando tu archivo. Quédate en esta página; puede tardar un minuto.',
  'export.ready': 'Tu archivo está listo. Descárgalo antes del {date}.',
  'export.ready_announcement': 'Tu archivo está listo para descargar.',
  'export.download': 'Descargar mi archivo',
  'export.downloading': 'Descargando…',
  'export.downloaded': 'Tu archivo se descargó. Para proteger tus datos, solo se puede descargar una vez.',
  'export.saved_as': 'Guardado como {file}.',
  'export.expired': 'Este archivo caducó y ya no se puede descargar.',
  'export.failed': 'No pudimos preparar tu archivo. Solicita uno nuevo.',
  'export.request_new': 'Solicitar una nueva exportación',
} as const satisfies CompleteCatalog<'export'>;

export default es;
