import type { CompleteCatalog } from '../../catalog.js';

/** Bulgarian, with formal “вие” as Bulgarian web shops address buyers. */
const bg = {
  'error.request_invalid.title': 'Нещо на тази страница не проработи',
  'error.request_invalid.next_step':
    'Презаредете страницата и опитайте отново. Ако се повтаря, свържете се с продавача и посочете кода на грешката.',
  'error.validation_failed.title': 'Някои данни липсват или не са валидни',
  'error.validation_failed.next_step': 'Проверете маркираните полета и опитайте отново.',
  'error.payload_too_large.title': 'Изпратеното е твърде голямо',
  'error.payload_too_large.next_step': 'Изпратете по-малко или по-малки файлове и опитайте отново.',
  'error.unauthenticated.title': 'Сесията ви изтече',
  'error.unauthenticated.next_step': 'Влезте отново в сайта и презаредете страницата.',
  'error.forbidden.title': 'Това не е достъпно за вашия профил',
  'error.forbidden.next_step': 'Уверете се, че сте влезли с профила, с който сте поръчали.',
  'error.not_found.title': 'Не можем да намерим това, което търсите',
  'error.not_found.next_step': 'Проверете линка или номера и дали сте влезли с правилния профил.',
  'error.in_progress.title': 'Все още обработваме предишната ви заявка',
  'error.in_progress.next_step': 'Изчакайте малко и опитайте отново.',
  'error.action_unavailable.title': 'Това вече не е възможно за тази поръчка',
  'error.action_unavailable.next_step':
    'Презаредете страницата, за да видите текущия статус на поръчката и какво можете да направите сега.',
  'error.rate_limited.title': 'Твърде много опити',
  'error.rate_limited.next_step': 'Изчакайте минута и опитайте отново.',
  'error.server_error.title': 'Нещо се обърка при нас',
  'error.server_error.next_step':
    'Изчакайте няколко минути и опитайте отново. Ако се повтаря, свържете се с продавача и посочете кода на грешката.',
  'error.unavailable.title': 'Услугата в момента не е достъпна',
  'error.unavailable.next_step': 'Проблемът е при нас. Изчакайте няколко минути и опитайте отново.',
  'error.timeout.title': 'Това отнема твърде дълго',
  'error.timeout.next_step': 'Изчакайте малко и опитайте отново.',
  'error.sign_in_failed.title': 'Имейлът или паролата не са верни',
  'error.sign_in_failed.next_step': 'Проверете ги и опитайте отново.',
  'error.code_required.title': 'Въведете кода за потвърждение',
  'error.code_required.next_step': 'Отворете приложението си за удостоверяване и въведете показания код.',
  'error.code_invalid.title': 'Този код не е верен или е изтекъл',
  'error.code_invalid.next_step': 'Въведете най-новия код от приложението си за удостоверяване.',
  'error.consent_required.title': 'Това разрешение е нужно за поръчките ви',
  'error.consent_required.next_step': 'Оставете го включено, докато имате поръчки в процес.',
  'error.erasure_blocked.title': 'Данните ви все още не могат да бъдат изтрити',
  'error.erasure_blocked.next_step':
    'Отворена поръчка или случай все още се нуждае от тях. Опитайте отново, след като бъде затворен.',
  'error.gone.title': 'Това вече не е достъпно',
  'error.gone.next_step': 'Заявете го отново, за да получите ново.',
  'error.unexpected.title': 'Нещо се обърка',
  'error.unexpected.next_step': 'Опитайте отново. Ако се повтаря, свържете се с продавача и посочете кода на грешката.',
} as const satisfies CompleteCatalog<'errors'>;

export default bg;
