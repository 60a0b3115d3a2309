import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** European Portuguese, addressing the buyer in the third person (“a sua encomenda”), as Portuguese shops do; a full catalog rather than a variant of pt-BR, as nearly every message differs (encomenda, a + infinitive, seguimento). */
const ptPT = {
  'export.requesting': 'A pedir…',
  'export.preparing': 'A preparar o seu ficheiro…',
  'export.progress_label': 'A preparar o seu ficheiro',
  'export.started': 'Estamos a preparar o seu ficheiro. Fique nesta página; pode demorar um minuto.',
  'export.ready': 'O seu ficheiro está pronto. Transfira-o antes de {date}.',
  'export.ready_announcement': 'O seu ficheiro está pronto a transferir.',
  'export.download': 'Transferir o meu ficheiro',
  'export.downloading': 'A transferir…',
  'export.downloaded': 'O seu ficheiro foi transferido. Para proteger os seus dados, só pode ser transferido uma vez.',
  'export.saved_as': 'Guardado como {file}.',
  'export.expired': 'Este ficheiro expirou e já não pode ser transferido.',
  'export.failed': 'Não conseguimos preparar o seu ficheiro. Peça um novo.',
  'export.request_new': 'Pedir uma nova exportação',
} as const satisfies CompleteCatalog<'export'>;

export default ptPT;
