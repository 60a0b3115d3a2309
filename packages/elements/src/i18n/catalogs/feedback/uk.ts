import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Ukrainian. */
const uk = {
  'feedback.heading': 'Як ми впоралися?',
  'feedback.legend': 'Ваша оцінка від 1 (дуже погано) до 5 (чудово)',
  'feedback.rating.1': '1 · Дуже погано',
  'feedback.rating.2': '2 · Погано',
  'feedback.rating.3': '3 · Нормально',
  'feedback.rating.4': '4 · Добре',
  'feedback.rating.5': '5 · Чудово',
  'feedback.comment': 'Бажаєте щось додати? (необов’язково)',
  'feedback.comment_hint': 'До {max} символів. Не вказуйте номери карток чи телефонів.',
  'feedback.send': 'Надіслати відгук',
  'feedback.sending': 'Надсилаємо ваш відгук…',
  'feedback.thanks': 'Дякуємо! Ваш відгук надіслано.',
  'feedback.rating_required': 'Оберіть оцінку від 1 до 5 і надішліть.',
  'feedback.failed': 'Ваш відгук не надіслано. Перевірте з’єднання й спробуйте ще раз.',
} as const satisfies CompleteCatalog<'feedback'>;

export default uk;
