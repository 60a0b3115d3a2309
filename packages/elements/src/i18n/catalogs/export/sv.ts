import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The privacy centre in Swedish (du). */
const sv = {
  'export.requesting': 'Begär…',
  'export.preparing': 'Förbereder din fil…',
  'export.progress_label': 'Förbereder din fil',
  'export.started': 'Vi förbereder din fil. Stanna kvar på sidan; det kan ta en minut.',
  'export.ready': 'Din fil är klar. Ladda ned den före {date}.',
  'export.ready_announcement': 'Din fil är klar att laddas ned.',
  'export.download': 'Ladda ned min fil',
  'export.downloading': 'Laddar ned…',
  'export.downloaded': 'Din fil har laddats ned. För att skydda dina uppgifter kan den bara laddas ned en gång.',
  'export.saved_as': 'Sparad som {file}.',
  'export.expired': 'Filen har gått ut och kan inte längre laddas ned.',
  'export.failed': 'Vi kunde inte förbereda din fil. Begär en ny.',
  'export.request_new': 'Begär en ny export',
} as const satisfies CompleteCatalog<'export'>;

export default sv;
