import type { CompleteCatalog } from '../../catalog.js';

/** Ukrainian, with the polite «ви» Ukrainian checkouts use. */
const uk = {
  'status.unpaid.label': 'Очікує на оплату',
  'status.unpaid.explanation':
    'Ми ще не отримали вашу оплату. Завершіть оплату, щоб продавець міг підготувати ваше замовлення.',
  'status.on_hold.label': 'Призупинено',
  'status.on_hold.explanation':
    'Оплата пройшла. Ще недовго ви можете самостійно скасувати замовлення, доки продавець не почав його готувати.',
  'status.awaiting_shipment.label': 'Готується до відправлення',
  'status.awaiting_shipment.explanation':
    'Продавець пакує ваше замовлення. Після відправлення тут з’являться дані для відстеження.',
  'status.partially_shipped.label': 'Частково відправлено',
  'status.partially_shipped.explanation': 'Частина ваших товарів уже в дорозі. Решта надійде окремою посилкою.',
  'status.awaiting_collection.label': 'Очікує на службу доставки',
  'status.awaiting_collection.explanation': 'Ваша посилка готова й чекає, доки її забере служба доставки.',
  'status.in_transit.label': 'У дорозі',
  'status.in_transit.explanation': 'Служба доставки отримала вашу посилку й везе її вам.',
  'status.delivered.label': 'Доставлено',
  'status.delivered.explanation':
    'За даними служби доставки, вашу посилку доставлено. Якщо з нею щось не так, ви ще можете попросити повернення коштів або товару.',
  'status.completed.label': 'Завершено',
  'status.completed.explanation': 'Це замовлення завершено. Строк для повернення минув.',
  'status.cancelled.label': 'Скасовано',
  'status.cancelled.explanation':
    'Це замовлення скасовано. Якщо ви вже заплатили, гроші повернуться на початковий спосіб оплати.',

  'error.code': 'Код помилки: {code}',
  'error.retry': 'Спробувати ще раз',
  'error.retrying': 'Пробуємо ще раз…',
  'error.not_configured.title': 'Цю сторінку налаштовано неправильно',
  'error.not_configured.next_step': 'Зверніться до продавця й назвіть код помилки.',
  'error.network.title': 'Зараз немає з’єднання',
  'error.network.next_step': 'Перевірте підключення до інтернету й спробуйте ще раз.',
} as const satisfies CompleteCatalog<'core'>;

export default uk;
