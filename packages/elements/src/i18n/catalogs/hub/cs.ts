import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The order hub in Czech (formal vy). */
const cs = {
  'hub.heading': 'Vaše objednávky',
  'hub.intro': 'Vaše objednávky, zprávy, které jsme vám k nim poslali, a způsob, jakým vás kontaktujeme.',
  'hub.tabs_label': 'Přehled objednávek',
  'hub.tab.orders': 'Objednávky',
  'hub.tab.inbox': 'Zprávy',
  'hub.tab.preferences': 'Nastavení oznámení',
  'hub.unread': {
    one: '{count} nepřečtená',
    few: '{count} nepřečtené',
    many: '{count} nepřečtené',
    other: '{count} nepřečtených',
  },
  'hub.loading': 'Načítání…',
  'hub.offline': 'Jste offline. Zobrazené údaje nemusí být aktuální; obnoví se, až budete znovu online.',
  'hub.online': 'Jste znovu online. Obnovujeme…',

  'hub.history.heading': 'Historie objednávek',
  'hub.history.search_label': 'Číslo objednávky',
  'hub.history.search_hint': 'Celé nebo jeho část, například TX-1004 nebo 1004.',
  'hub.history.status_label': 'Stav',
  'hub.history.status_all': 'Všechny stavy',
  'hub.history.search': 'Hledat',
  'hub.history.clear': 'Vymazat hledání',
  'hub.history.list_label': 'Vaše objednávky, nejnovější první',
  'hub.history.shown': {
    one: 'Zobrazena {count} objednávka.',
    few: 'Zobrazeny {count} objednávky.',
    many: 'Zobrazeno {count} objednávky.',
    other: 'Zobrazeno {count} objednávek.',
  },
  'hub.history.empty': 'Zatím nemáte žádné objednávky.',
  'hub.history.empty_next': 'Až něco koupíte, zobrazí se to tady.',
  'hub.history.no_match': 'Vašemu hledání neodpovídají žádné objednávky.',
  'hub.history.no_match_next': 'Zkontrolujte číslo objednávky, vyberte jiný stav nebo hledání vymažte.',
  'hub.history.more': 'Zobrazit další objednávky',
  'hub.history.more_loading': 'Načítáme další objednávky…',

  'hub.order.number': 'Objednávka {number}',
  'hub.order.placed': 'Vytvořena {date}',
  'hub.order.items': {
    one: '{count} položka',
    few: '{count} položky',
    many: '{count} položky',
    other: '{count} položek',
  },
  'hub.order.total': 'Celkem: {total}',

  'hub.detail.back': 'Zpět na vaše objednávky',
  'hub.detail.loading': 'Načítáme objednávku…',
  'hub.detail.loaded': 'Objednávka {number}: {status}.',

  'hub.other': 'Stav: aktualizuje se',
} as const satisfies CompleteCatalog<'hub'>;

export default cs;
