import type { CompleteCatalog } from '@txassist/sdk/i18n';

const bg = {
  'unpaid.due': 'Платете до {date}, за да запазите поръчката; след това тя се анулира автоматично.',
  'unpaid.pay': 'Плати сега',
  'unpaid.cancel': 'Анулирай поръчката',
  'unpaid.cancelling': 'Анулиране…',
  'unpaid.confirm': 'Да анулираме ли поръчка {number}? Това не може да бъде отменено.',
  'unpaid.keep': 'Запази поръчката',
} as const satisfies CompleteCatalog<'unpaid'>;

export default bg;
