import type { CompleteCatalog } from '@txassist/sdk/i18n';

const bg = {
  'hub.heading': 'Вашите поръчки',
  'hub.intro': 'Вашите поръчки, съобщенията, които сме ви изпратили за тях, и как се свързваме с вас.',
  'hub.tabs_label': 'Център за поръчки',
  'hub.tab.orders': 'Поръчки',
  'hub.tab.inbox': 'Съобщения',
  'hub.tab.preferences': 'Настройки за известия',
  'hub.unread': { one: '{count} непрочетено', other: '{count} непрочетени' },
  'hub.loading': 'Зареждане…',
  'hub.offline':
    'Нямате връзка. Това, което виждате, може да не е актуално; ще се обнови, когато връзката се възстанови.',
  'hub.online': 'Връзката е възстановена. Обновяване…',

  'hub.history.heading': 'История на поръчките',
  'hub.history.search_label': 'Номер на поръчката',
  'hub.history.search_hint': 'Целият или част от него, например TX-1004 или 1004.',
  'hub.history.status_label': 'Статус',
  'hub.history.status_all': 'Всички статуси',
  'hub.history.search': 'Търси',
  'hub.history.clear': 'Изчисти търсенето',
  'hub.history.list_label': 'Вашите поръчки, първо най-новите',
  'hub.history.shown': { one: 'Показана е {count} поръчка.', other: 'Показани са {count} поръчки.' },
  'hub.history.empty': 'Все още нямате поръчки.',
  'hub.history.empty_next': 'Когато купите нещо, то ще се появи тук.',
  'hub.history.no_match': 'Няма поръчки, отговарящи на търсенето ви.',
  'hub.history.no_match_next': 'Проверете номера на поръчката, изберете друг статус или изчистете търсенето.',
  'hub.history.more': 'Покажи още поръчки',
  'hub.history.more_loading': 'Зареждаме още поръчки…',

  'hub.order.number': 'Поръчка {number}',
  'hub.order.placed': 'Направена на {date}',
  'hub.order.items': { one: '{count} артикул', other: '{count} артикула' },
  'hub.order.total': 'Общо: {total}',

  'hub.detail.back': 'Назад към поръчките',
  'hub.detail.loading': 'Зареждаме поръчката…',
  'hub.detail.loaded': 'Поръчка {number}: {status}.',

  'hub.other': 'Статус: обновява се',
} as const satisfies CompleteCatalog<'hub'>;

export default bg;
