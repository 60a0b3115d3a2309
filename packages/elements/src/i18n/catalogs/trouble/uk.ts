import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Ukrainian. */
const uk = {
  'trouble.heading': 'Транзакція не вдалася',
  'trouble.payments': 'Невдалі оплати',
  'trouble.none': 'У жодному з ваших останніх замовлень немає невдалої оплати.',
  'trouble.pick': 'Яка оплата не вдалася?',
  'trouble.attempt': 'Замовлення {number}, {total}, {date}',
  'trouble.cause': 'Причина:',
  'trouble.steps': 'Що робити:',
  'trouble.step.address': 'Перевірте, чи платіжна адреса збігається з тією, яку ваш банк має для цієї картки.',
  'trouble.step.kept': 'Замовлення {number} збережено: оплатіть його іншою карткою, нічого не втратиться.',
  'trouble.address': 'Проблеми з адресою',
  'trouble.country': 'Країна доставки',
  'trouble.field.name': 'Ім’я та прізвище: обов’язково.',
  'trouble.field.line1': 'Вулиця та номер будинку: обов’язково.',
  'trouble.field.city': 'Місто: обов’язково.',
  'trouble.field.region_required': 'Область, штат або регіон: обов’язково для {country}.',
  'trouble.field.region_optional': 'Область, штат або регіон: необов’язково для {country}.',
  'trouble.field.postal_required': 'Поштовий індекс: обов’язково для {country}, у місцевому форматі.',
  'trouble.field.postal_optional': 'Поштовий індекс: необов’язково для {country}.',
  'trouble.field.postal_none': 'Поштовий індекс: у {country} індексів немає, залиште поле порожнім.',
  'trouble.field.phone': 'Телефон: необов’язково, лише для служби доставки.',
  'trouble.postal.label': 'Перевірити поштовий індекс для {country}',
  'trouble.postal.check': 'Перевірити',
  'trouble.postal.ok': '{code} — дійсний поштовий індекс для {country}.',
  'trouble.postal.invalid':
    '{code} не є поштовим індексом {country}. Перепишіть його з листа, надісланого на цю адресу.',
  'trouble.postal.empty': 'Введіть поштовий індекс і натисніть «Перевірити».',
} as const satisfies CompleteCatalog<'trouble'>;

export default uk;
