import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The order hub in Ukrainian (polite «ви»). */
const uk = {
  'inbox.heading': 'Повідомлення',
  'inbox.list_label': 'Повідомлення, спершу найновіші',
  'inbox.empty': 'Повідомлень ще немає.',
  'inbox.empty_next': 'Ми повідомимо вас тут, коли з вашими замовленнями щось відбудеться.',
  'inbox.new': 'Нове',
  'inbox.message': 'Замовлення {number}: {what}',
  'inbox.view': 'Переглянути замовлення {number}',
  'inbox.mark_read': 'Позначити як прочитане',
  'inbox.marked_read': 'Позначено як прочитане.',
  'inbox.more': 'Показати старіші повідомлення',
  'inbox.case_news.message_added': 'Нове повідомлення щодо вашого запиту',
  'inbox.case_news.deadline_passed': 'Строк минув',
  'inbox.case_news.decided': 'Наша команда ухвалила рішення',
  'inbox.case_news.updated': 'Ваш запит оновлено',
  'inbox.support_reply': 'Відповідь служби підтримки',
  'inbox.read_reply': 'Прочитати відповідь',
} as const satisfies CompleteCatalog<'inbox'>;

export default uk;
