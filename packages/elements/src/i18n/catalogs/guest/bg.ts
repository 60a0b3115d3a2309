import type { CompleteCatalog } from '@txassist/sdk/i18n';

const bg = {
  'guest.email.heading': 'Вашият имейл',
  'guest.email.label': 'Имейл адрес',
  'guest.email.hint': 'Тук ще изпратим потвърждението на поръчката с линк за проследяването ѝ.',
  'guest.email.required': 'Въведете имейл адреса си.',
  'guest.email.invalid': 'Въведете имейл адрес като name@example.com.',
  'guest.continue': 'Продължете към адреса',
  'guest.starting': 'Започваме плащането ви…',
  'guest.failed': 'Плащането не можа да започне.',
  'guest.not_set_up': 'Плащането още не е настроено на тази страница. Моля, свържете се с продавача.',
} as const satisfies CompleteCatalog<'guest'>;

export default bg;
