import type { CompleteCatalog } from '@txassist/sdk/i18n';

const uk = {
  'unpaid.due': 'Оплатіть до {date}, щоб зберегти це замовлення; після цього його буде скасовано автоматично.',
  'unpaid.pay': 'Оплатити зараз',
  'unpaid.cancel': 'Скасувати замовлення',
  'unpaid.cancelling': 'Скасовуємо…',
  'unpaid.confirm': 'Скасувати замовлення {number}? Цю дію не можна скасувати.',
  'unpaid.keep': 'Залишити замовлення',
} as const satisfies CompleteCatalog<'unpaid'>;

export default uk;
