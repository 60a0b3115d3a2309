import type { CompleteCatalog } from '@txassist/sdk/i18n';

const bg = {
  'inbox.heading': 'Съобщения',
  'inbox.list_label': 'Съобщения, първо най-новите',
  'inbox.empty': 'Все още няма съобщения.',
  'inbox.empty_next': 'Тук ще ви уведомяваме, когато нещо се случи с поръчките ви.',
  'inbox.new': 'Ново',
  'inbox.message': 'Поръчка {number}: {what}',
  'inbox.view': 'Вижте поръчка {number}',
  'inbox.mark_read': 'Маркирай като прочетено',
  'inbox.marked_read': 'Маркирано като прочетено.',
  'inbox.more': 'Покажи по-стари съобщения',
  'inbox.case_news.message_added': 'Ново съобщение за вашата заявка',
  'inbox.case_news.deadline_passed': 'Изтече срок',
  'inbox.case_news.decided': 'Нашият екип взе решение',
  'inbox.case_news.updated': 'Заявката ви е обновена',
  'inbox.support_reply': 'Отговор от поддръжката',
  'inbox.read_reply': 'Прочетете отговора',
} as const satisfies CompleteCatalog<'inbox'>;

export default bg;
