import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The privacy centre in Finnish (sinä). */
const fi = {
  'export.requesting': 'Pyydetään…',
  'export.preparing': 'Tiedostoasi valmistellaan…',
  'export.progress_label': 'Tiedostoasi valmistellaan',
  'export.started': 'Valmistelemme tiedostoasi. Pysy tällä sivulla; tämä voi kestää minuutin.',
  'export.ready': 'Tiedostosi on valmis. Lataa se ennen {date}.',
  'export.ready_announcement': 'Tiedostosi on valmis ladattavaksi.',
  'export.download': 'Lataa tiedostoni',
  'export.downloading': 'Ladataan…',
  'export.downloaded': 'Tiedostosi ladattiin. Tietojesi suojaamiseksi sen voi ladata vain kerran.',
  'export.saved_as': 'Tallennettu nimellä {file}.',
  'export.expired': 'Tämä tiedosto on vanhentunut, eikä sitä voi enää ladata.',
  'export.failed': 'Emme voineet valmistella tiedostoasi. Pyydä uusi.',
  'export.request_new': 'Pyydä uusi vienti',
} as const satisfies CompleteCatalog<'export'>;

export default fi;
