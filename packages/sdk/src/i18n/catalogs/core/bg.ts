import type { CompleteCatalog } from '../../catalog.js';

/** Bulgarian, with formal “вие” as Bulgarian web shops address buyers. */
const bg = {
  'status.unpaid.label': 'Очаква плащане',
  'status.unpaid.explanation':
    'Все още не сме получили плащането ви. Завършете плащането, за да може продавачът да подготви поръчката.',
  'status.on_hold.label': 'Задържана',
  'status.on_hold.explanation':
    'Плащането ви премина. За кратко време все още можете сами да анулирате поръчката, преди продавачът да започне да я подготвя.',
  'status.awaiting_shipment.label': 'Подготвя се за изпращане',
  'status.awaiting_shipment.explanation':
    'Продавачът опакова поръчката ви. Ще видите данните за проследяване, след като бъде изпратена.',
  'status.partially_shipped.label': 'Частично изпратена',
  'status.partially_shipped.explanation': 'Някои от артикулите ви са на път. Останалите ще пристигнат в друга пратка.',
  'status.awaiting_collection.label': 'Очаква куриера',
  'status.awaiting_collection.explanation': 'Пратката ви е готова и чака куриерът да я вземе.',
  'status.in_transit.label': 'На път',
  'status.in_transit.explanation': 'Куриерът има пратката ви и я носи към вас.',
  'status.delivered.label': 'Доставена',
  'status.delivered.explanation':
    'Куриерът съобщава, че пратката ви е доставена. Ако нещо не е наред, все още можете да заявите възстановяване на сума или връщане.',
  'status.completed.label': 'Завършена',
  'status.completed.explanation': 'Тази поръчка е завършена. Срокът за връщане изтече.',
  'status.cancelled.label': 'Анулирана',
  'status.cancelled.explanation':
    'Тази поръчка е анулирана. Ако сте платили, парите се връщат по първоначалния начин на плащане.',

  'error.code': 'Код на грешката: {code}',
  'error.retry': 'Опитай отново',
  'error.retrying': 'Нов опит…',
  'error.not_configured.title': 'Тази страница не е настроена правилно',
  'error.not_configured.next_step': 'Свържете се с продавача и посочете кода на грешката.',
  'error.network.title': 'В момента не можем да се свържем',
  'error.network.next_step': 'Проверете интернет връзката си и опитайте отново.',
} as const satisfies CompleteCatalog<'core'>;

export default bg;
