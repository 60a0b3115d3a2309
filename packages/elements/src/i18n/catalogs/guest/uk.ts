import type { CompleteCatalog } from '@txassist/sdk/i18n';

const uk = {
  'guest.email.heading': 'Ваша електронна пошта',
  'guest.email.label': 'Адреса електронної пошти',
  'guest.email.hint': 'Сюди ми надішлемо підтвердження замовлення з посиланням для його відстеження.',
  'guest.email.required': 'Введіть адресу електронної пошти.',
  'guest.email.invalid': 'Введіть адресу електронної пошти, наприклад name@example.com.',
  'guest.continue': 'Перейти до адреси',
  'guest.starting': 'Починаємо оформлення…',
  'guest.failed': 'Не вдалося почати оформлення.',
  'guest.not_set_up': 'Оформлення замовлень на цій сторінці ще не налаштовано. Зверніться до продавця.',
} as const satisfies CompleteCatalog<'guest'>;

export default uk;
