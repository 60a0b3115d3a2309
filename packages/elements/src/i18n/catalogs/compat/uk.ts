import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Ukrainian. */
const uk = {
  'compat.unsupported': 'Цей браузер не може показати цю частину сторінки.',
  'compat.next_step': 'Оновіть браузер або відкрийте цю сторінку в іншому. А поки що:',
  'compat.lookup': 'Знайдіть замовлення за його номером та електронною поштою',
  'compat.email': 'Напишіть нам на {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default uk;
