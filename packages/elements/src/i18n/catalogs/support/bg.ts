import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Bulgarian. */
const bg = {
  'support.heading': 'Говорете с човек',
  'support.hours': 'Нашият екип отговаря {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'Очакван първи отговор: до {duration}.',
  'support.context_intro': 'Служителят ще види:',
  'support.context.order': 'Статус на поръчката: {status}',
  'support.context.payment': 'Последен проблем с плащане: {code}',
  'support.context.cases': 'Отворени случаи: {count}',
  'support.context.none': 'Не е избрана поръчка.',
  'support.topic': 'Тема',
  'support.topic.payment': 'Плащане',
  'support.topic.delivery': 'Доставка',
  'support.topic.refund': 'Възстановяване на сума или връщане',
  'support.topic.dispute': 'Спор',
  'support.topic.account': 'Моят профил',
  'support.topic.other': 'Нещо друго',
  'support.order': 'Поръчка (по желание)',
  'support.order.none': 'Без поръчка',
  'support.message': 'Вашето съобщение',
  'support.message_empty': 'Първо напишете съобщението си.',
  'support.send': 'Изпрати',
  'support.thread': 'Разговор',
  'support.author.buyer': 'Вие',
  'support.author.agent': 'Поддръжка',
  'support.status.open': 'Очаква отговор',
  'support.status.answered': 'Отговорено',
  'support.status.closed': 'Затворено',
  'support.reply': 'Отговори',
  'support.send_reply': 'Изпрати отговор',
  'support.close': 'Затвори разговора',
  'support.sent': 'Съобщението е изпратено.',
  'support.replied': 'Поддръжката отговори.',
  'support.closed': 'Разговорът е затворен.',
} as const satisfies CompleteCatalog<'support'>;

export default bg;
