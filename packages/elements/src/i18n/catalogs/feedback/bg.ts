import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Bulgarian. */
const bg = {
  'feedback.heading': 'Как се справихме?',
  'feedback.legend': 'Вашата оценка – от 1 (много лошо) до 5 (отлично)',
  'feedback.rating.1': '1 · Много лошо',
  'feedback.rating.2': '2 · Лошо',
  'feedback.rating.3': '3 · Нормално',
  'feedback.rating.4': '4 · Добре',
  'feedback.rating.5': '5 · Отлично',
  'feedback.comment': 'Искате ли да добавите нещо? (по желание)',
  'feedback.comment_hint': 'До {max} знака. Моля, не въвеждайте номера на карти или телефони.',
  'feedback.send': 'Изпрати отзив',
  'feedback.sending': 'Изпращаме отзива ви…',
  'feedback.thanks': 'Благодарим! Отзивът ви е изпратен.',
  'feedback.rating_required': 'Изберете оценка от 1 до 5 и изпратете.',
  'feedback.failed': 'Отзивът ви не беше изпратен. Проверете връзката си и опитайте отново.',
} as const satisfies CompleteCatalog<'feedback'>;

export default bg;
