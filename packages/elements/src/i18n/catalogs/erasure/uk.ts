import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Privacy settings in Ukrainian (polite «ви»). */
const uk = {
  'erasure.blocked_heading': 'Ви поки що не можете видалити свої дані',
  'erasure.blocker.open_orders': {
    one: 'У вас {count} незавершене замовлення.',
    few: 'У вас {count} незавершені замовлення.',
    many: 'У вас {count} незавершених замовлень.',
    other: 'У вас {count} незавершеного замовлення.',
  },
  'erasure.blocker.open_orders.next_step':
    'Скасуйте замовлення, які можна скасувати, або дочекайтеся їх доставки, а потім поверніться сюди.',
  'erasure.blocker.open_refunds': {
    one: 'У вас {count} незавершене повернення коштів.',
    few: 'У вас {count} незавершені повернення коштів.',
    many: 'У вас {count} незавершених повернень коштів.',
    other: 'У вас {count} незавершеного повернення коштів.',
  },
  'erasure.blocker.open_refunds.next_step': 'Дочекайтеся завершення повернення коштів, а потім поверніться сюди.',
  'erasure.blocker.open_disputes': {
    one: 'У вас {count} відкритий спір.',
    few: 'У вас {count} відкриті спори.',
    many: 'У вас {count} відкритих спорів.',
    other: 'У вас {count} відкритого спору.',
  },
  'erasure.blocker.open_disputes.next_step': 'Дочекайтеся рішення або закрийте спір, а потім поверніться сюди.',
  'erasure.records': 'Замовлення',
  'erasure.confirm_heading': 'Остаточно видалити ваші дані?',
  'erasure.confirm_text':
    'Ми одразу видалимо ваші персональні дані й вийдемо з вашого облікового запису. Відновити їх буде неможливо.',
  'erasure.understand': 'Я розумію, що цю дію не можна скасувати',
  'erasure.understand_required': 'Поставте позначку, щоб підтвердити, що ви це розумієте.',
  'erasure.confirm': 'Остаточно видалити мої дані',
  'erasure.erasing': 'Видаляємо ваші дані…',
  'erasure.cancel': 'Скасувати',
  'erasure.cancelled': 'Нічого не видалено.',
  'erasure.cancel_order': 'Скасувати замовлення {number}',
  'erasure.cancelling': 'Скасовуємо…',
  'erasure.order_cancelled': 'Замовлення {number} скасовано.',
} as const satisfies CompleteCatalog<'erasure'>;

export default uk;
