import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Polish, with the informal “Ty” as Polish shops (Allegro, Shopify) address buyers; plural forms one, few, many, other. */
const pl = {
  'export.requesting': 'Wysyłamy prośbę…',
  'export.preparing': 'Przygotowujemy Twój plik…',
  'export.progress_label': 'Przygotowujemy Twój plik',
  'export.started': 'Przygotowujemy Twój plik. Zostań na tej stronie; może to potrwać minutę.',
  'export.ready': 'Twój plik jest gotowy. Pobierz go przed {date}.',
  'export.ready_announcement': 'Twój plik jest gotowy do pobrania.',
  'export.download': 'Pobierz mój plik',
  'export.downloading': 'Pobieramy…',
  'export.downloaded': 'Plik został pobrany. Dla bezpieczeństwa Twoich danych można go pobrać tylko raz.',
  'export.saved_as': 'Zapisano jako {file}.',
  'export.expired': 'Ten plik wygasł i nie można go już pobrać.',
  'export.failed': 'Nie udało się przygotować pliku. Poproś o nowy.',
  'export.request_new': 'Poproś o nowy eksport',
} as const satisfies CompleteCatalog<'export'>;

export default pl;
