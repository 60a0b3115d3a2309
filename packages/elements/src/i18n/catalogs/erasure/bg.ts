import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Bulgarian, with formal “вие” as Bulgarian web shops address buyers. */
const bg = {
  'erasure.blocked_heading': 'Все още не можете да изтриете данните си',
  'erasure.blocker.open_orders': {
    one: 'Имате {count} поръчка, която още не е приключила.',
    other: 'Имате {count} поръчки, които още не са приключили.',
  },
  'erasure.blocker.open_orders.next_step':
    'Анулирайте поръчките, които позволяват това, или изчакайте да бъдат доставени, и се върнете тук.',
  'erasure.blocker.open_refunds': {
    one: 'Имате {count} възстановяване на сума в процес.',
    other: 'Имате {count} възстановявания на суми в процес.',
  },
  'erasure.blocker.open_refunds.next_step': 'Изчакайте възстановяването на сумата да приключи и се върнете тук.',
  'erasure.blocker.open_disputes': {
    one: 'Имате {count} отворен спор.',
    other: 'Имате {count} отворени спора.',
  },
  'erasure.blocker.open_disputes.next_step': 'Изчакайте решението или затворете спора и се върнете тук.',
  'erasure.records': 'Поръчки',
  'erasure.confirm_heading': 'Да изтрием ли данните ви завинаги?',
  'erasure.confirm_text': 'Изтриваме личните ви данни веднага и ви отписваме. Не можем да ги възстановим.',
  'erasure.understand': 'Разбирам, че това не може да бъде отменено',
  'erasure.understand_required': 'Отметнете квадратчето, за да потвърдите, че разбирате.',
  'erasure.confirm': 'Изтрий данните ми окончателно',
  'erasure.erasing': 'Изтриваме данните ви…',
  'erasure.cancel': 'Отказ',
  'erasure.cancelled': 'Нищо не беше изтрито.',
  'erasure.cancel_order': 'Анулирай поръчка {number}',
  'erasure.cancelling': 'Анулиране…',
  'erasure.order_cancelled': 'Поръчка {number} е анулирана.',
} as const satisfies CompleteCatalog<'erasure'>;

export default bg;
