import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Privacy settings in Hungarian (formal „Ön”). */
const hu = {
  'export.requesting': 'Kérés folyamatban…',
  'export.preparing': 'A fájl előkészítése…',
  'export.progress_label': 'A fájl előkészítése',
  'export.started': 'Előkészítjük a fájlt. Maradjon ezen az oldalon; ez egy percig is eltarthat.',
  'export.ready': 'A fájl elkészült. Töltse le legkésőbb {date}.',
  'export.ready_announcement': 'A fájl letölthető.',
  'export.download': 'Fájlom letöltése',
  'export.downloading': 'Letöltés…',
  'export.downloaded': 'A fájl letöltődött. Adatai védelmében csak egyszer tölthető le.',
  'export.saved_as': 'Mentve ezen a néven: {file}.',
  'export.expired': 'Ez a fájl lejárt, és már nem tölthető le.',
  'export.failed': 'Nem sikerült előkészíteni a fájlt. Kérjen egy újat.',
  'export.request_new': 'Új exportálás kérése',
} as const satisfies CompleteCatalog<'export'>;

export default hu;
