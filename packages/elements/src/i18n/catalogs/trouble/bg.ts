import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Bulgarian. */
const bg = {
  'trouble.heading': 'Неуспешна транзакция',
  'trouble.payments': 'Неуспешни плащания',
  'trouble.none': 'Никоя от последните ви поръчки няма неуспешно плащане.',
  'trouble.pick': 'Кое плащане е неуспешно?',
  'trouble.attempt': 'Поръчка {number}, {total}, {date}',
  'trouble.cause': 'Причина:',
  'trouble.steps': 'Какво да направите:',
  'trouble.step.address': 'Проверете дали адресът за фактуриране е този, който банката ви има за тази карта.',
  'trouble.step.kept': 'Поръчка {number} е запазена: платете я с друга карта и нищо няма да се загуби.',
  'trouble.address': 'Проблеми с адреса',
  'trouble.country': 'Държава за доставка',
  'trouble.field.name': 'Име и фамилия: задължително.',
  'trouble.field.line1': 'Улица и номер: задължително.',
  'trouble.field.city': 'Град: задължително.',
  'trouble.field.region_required': 'Щат, провинция или област: задължително за {country}.',
  'trouble.field.region_optional': 'Щат, провинция или област: по желание за {country}.',
  'trouble.field.postal_required': 'Пощенски код: задължителен за {country}, в местния формат.',
  'trouble.field.postal_optional': 'Пощенски код: по желание за {country}.',
  'trouble.field.postal_none': 'Пощенски код: {country} няма такива, оставете полето празно.',
  'trouble.field.phone': 'Телефон: по желание, само за куриера.',
  'trouble.postal.label': 'Проверете пощенски код за {country}',
  'trouble.postal.check': 'Провери',
  'trouble.postal.ok': '{code} е валиден пощенски код за {country}.',
  'trouble.postal.invalid': '{code} не е пощенски код на {country}. Препишете го от писмо, изпратено на този адрес.',
  'trouble.postal.empty': 'Въведете пощенски код и изберете „Провери“.',
} as const satisfies CompleteCatalog<'trouble'>;

export default bg;
