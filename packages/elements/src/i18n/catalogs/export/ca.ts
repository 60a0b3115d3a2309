import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Catalan, with informal “tu” as Catalan shops address buyers online. */
const ca = {
  'export.requesting': 'S’està sol·licitant…',
  'export.preparing': 'S’està preparant el fitxer…',
  'export.progress_label': 'Preparació del fitxer',
  'export.started': 'Estem preparant el fitxer. Queda’t en aquesta pàgina; pot trigar un minut.',
  'export.ready': 'El fitxer és a punt. Baixa’l abans del {date}.',
  'export.ready_announcement': 'El fitxer és a punt per baixar.',
  'export.download': 'Baixa el meu fitxer',
  'export.downloading': 'S’està baixant…',
  'export.downloaded': 'S’ha baixat el fitxer. Per protegir les teves dades, només es pot baixar una vegada.',
  'export.saved_as': 'Desat com a {file}.',
  'export.expired': 'Aquest fitxer ha caducat i ja no es pot baixar.',
  'export.failed': 'No hem pogut preparar el fitxer. Sol·licita’n un de nou.',
  'export.request_new': 'Sol·licita una exportació nova',
} as const satisfies CompleteCatalog<'export'>;

export default ca;
