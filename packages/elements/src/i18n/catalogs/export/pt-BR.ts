import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Brazilian Portuguese, with "você", as Brazilian shopping apps talk to buyers. */
const ptBR = {
  'export.requesting': 'Solicitando…',
  'export.preparing': 'Preparando seu arquivo…',
  'export.progress_label': 'Preparando seu arquivo',
  'export.started': 'Estamos preparando seu arquivo. Fique nesta página; pode levar um minuto.',
  'export.ready': 'Seu arquivo está pronto. Baixe antes de {date}.',
  'export.ready_announcement': 'Seu arquivo está pronto para baixar.',
  'export.download': 'Baixar meu arquivo',
  'export.downloading': 'Baixando…',
  'export.downloaded': 'Seu arquivo foi baixado. Para proteger seus dados, ele só pode ser baixado uma vez.',
  'export.saved_as': 'Salvo como {file}.',
  'export.expired': 'Este arquivo expirou e não pode mais ser baixado.',
  'export.failed': 'Não conseguimos preparar seu arquivo. Solicite um novo.',
  'export.request_new': 'Solicitar uma nova exportação',
} as const satisfies CompleteCatalog<'export'>;

export default ptBR;
