import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The privacy centre in Czech (formal vy). */
const cs = {
  'export.requesting': 'Odesíláme žádost…',
  'export.preparing': 'Připravujeme váš soubor…',
  'export.progress_label': 'Příprava souboru',
  'export.started': 'Připravujeme váš soubor. Zůstaňte na této stránce; může to trvat minutu.',
  'export.ready': 'Soubor je připravený. Stáhněte si ho do {date}.',
  'export.ready_announcement': 'Soubor je připravený ke stažení.',
  'export.download': 'Stáhnout můj soubor',
  'export.downloading': 'Stahujeme…',
  'export.downloaded': 'Soubor byl stažen. Kvůli ochraně vašich údajů ho lze stáhnout jen jednou.',
  'export.saved_as': 'Uloženo jako {file}.',
  'export.expired': 'Platnost souboru vypršela a už ho nelze stáhnout.',
  'export.failed': 'Soubor se nám nepodařilo připravit. Vyžádejte si prosím nový.',
  'export.request_new': 'Vyžádat nový export',
} as const satisfies CompleteCatalog<'export'>;

export default cs;
