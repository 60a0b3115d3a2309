import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Ukrainian. */
const uk = {
  'support.heading': 'Поговорити з людиною',
  'support.hours': 'Наша команда відповідає {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'Перша відповідь очікується протягом {duration}.',
  'support.context_intro': 'Фахівець побачить:',
  'support.context.order': 'Статус замовлення: {status}',
  'support.context.payment': 'Остання проблема з оплатою: {code}',
  'support.context.cases': 'Відкриті звернення: {count}',
  'support.context.none': 'Замовлення не вибрано.',
  'support.topic': 'Тема',
  'support.topic.payment': 'Оплата',
  'support.topic.delivery': 'Доставка',
  'support.topic.refund': 'Повернення коштів або товару',
  'support.topic.dispute': 'Спір',
  'support.topic.account': 'Мій обліковий запис',
  'support.topic.other': 'Інше',
  'support.order': 'Замовлення (необов’язково)',
  'support.order.none': 'Без замовлення',
  'support.message': 'Ваше повідомлення',
  'support.message_empty': 'Спершу напишіть повідомлення.',
  'support.send': 'Надіслати',
  'support.thread': 'Розмова',
  'support.author.buyer': 'Ви',
  'support.author.agent': 'Підтримка',
  'support.status.open': 'Очікує на відповідь',
  'support.status.answered': 'Є відповідь',
  'support.status.closed': 'Закрито',
  'support.reply': 'Відповісти',
  'support.send_reply': 'Надіслати відповідь',
  'support.close': 'Закрити розмову',
  'support.sent': 'Повідомлення надіслано.',
  'support.replied': 'Підтримка відповіла.',
  'support.closed': 'Розмову закрито.',
} as const satisfies CompleteCatalog<'support'>;

export default uk;
