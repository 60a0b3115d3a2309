import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Bulgarian. */
const bg = {
  'compat.unsupported': 'Този браузър не може да покаже тази част от страницата.',
  'compat.next_step': 'Обновете браузъра си или отворете страницата в друг. Дотогава:',
  'compat.lookup': 'Намерете поръчката си по номер и имейл',
  'compat.email': 'Пишете ни на {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default bg;
