import type { CompleteCatalog } from '../../catalog.js';

/** Ukrainian, with the polite «ви» Ukrainian checkouts use. */
const uk = {
  'error.request_invalid.title': 'Щось на цій сторінці не спрацювало',
  'error.request_invalid.next_step':
    'Оновіть сторінку й спробуйте ще раз. Якщо це повториться, зверніться до продавця й назвіть код помилки.',
  'error.validation_failed.title': 'Деяких даних бракує або вони недійсні',
  'error.validation_failed.next_step': 'Перевірте виділені поля й спробуйте ще раз.',
  'error.payload_too_large.title': 'Надіслані дані завеликі',
  'error.payload_too_large.next_step': 'Надішліть менше файлів або менші файли й спробуйте ще раз.',
  'error.unauthenticated.title': 'Ваш сеанс завершився',
  'error.unauthenticated.next_step': 'Увійдіть на цьому сайті знову, а потім оновіть сторінку.',
  'error.forbidden.title': 'Це недоступно для вашого облікового запису',
  'error.forbidden.next_step': 'Переконайтеся, що ви увійшли в обліковий запис, з якого оформлювали замовлення.',
  'error.not_found.title': 'Не вдається знайти те, що ви шукаєте',
  'error.not_found.next_step':
    'Перевірте посилання або номер і переконайтеся, що ви увійшли в потрібний обліковий запис.',
  'error.in_progress.title': 'Ми ще обробляємо ваш попередній запит',
  'error.in_progress.next_step': 'Зачекайте трохи й спробуйте ще раз.',
  'error.action_unavailable.title': 'Для цього замовлення це вже неможливо',
  'error.action_unavailable.next_step': 'Оновіть сторінку, щоб побачити поточний статус замовлення й доступні дії.',
  'error.rate_limited.title': 'Забагато спроб',
  'error.rate_limited.next_step': 'Зачекайте хвилину й спробуйте ще раз.',
  'error.server_error.title': 'У нас щось пішло не так',
  'error.server_error.next_step':
    'Зачекайте кілька хвилин і спробуйте ще раз. Якщо це повториться, зверніться до продавця й назвіть код помилки.',
  'error.unavailable.title': 'Цей сервіс зараз недоступний',
  'error.unavailable.next_step': 'Проблема на нашому боці. Зачекайте кілька хвилин і спробуйте ще раз.',
  'error.timeout.title': 'Це триває надто довго',
  'error.timeout.next_step': 'Зачекайте трохи й спробуйте ще раз.',
  'error.sign_in_failed.title': 'Неправильна адреса електронної пошти або пароль',
  'error.sign_in_failed.next_step': 'Перевірте обидва поля й спробуйте ще раз.',
  'error.code_required.title': 'Введіть код підтвердження',
  'error.code_required.next_step': 'Відкрийте застосунок для автентифікації та введіть код, який він показує.',
  'error.code_invalid.title': 'Код неправильний або його термін дії минув',
  'error.code_invalid.next_step': 'Введіть найновіший код із застосунку для автентифікації.',
  'error.consent_required.title': 'Цей дозвіл потрібен для ваших замовлень',
  'error.consent_required.next_step': 'Не вимикайте його, доки у вас є незавершені замовлення.',
  'error.erasure_blocked.title': 'Ваші дані поки що не можна видалити',
  'error.erasure_blocked.next_step':
    'Вони ще потрібні для відкритого замовлення або звернення. Спробуйте знову, коли його буде закрито.',
  'error.gone.title': 'Це більше недоступно',
  'error.gone.next_step': 'Запросіть ще раз, щоб отримати нове.',
  'error.unexpected.title': 'Щось пішло не так',
  'error.unexpected.next_step': 'Спробуйте ще раз. Якщо це повториться, зверніться до продавця й назвіть код помилки.',
} as const satisfies CompleteCatalog<'errors'>;

export default uk;
