import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Filipino, in the everyday Taglish of Philippine shopping apps ("order", "refund", "i-download"). */
const fil = {
  'erasure.blocked_heading': 'Hindi mo pa mabubura ang data mo',
  'erasure.blocker.open_orders': {
    one: 'May {count} order ka na hindi pa tapos.',
    other: 'May {count} order ka na hindi pa tapos.',
  },
  'erasure.blocker.open_orders.next_step':
    'Kanselahin ang mga order na puwede pang kanselahin, o hintaying maihatid ang mga ito, saka bumalik dito.',
  'erasure.blocker.open_refunds': {
    one: 'May {count} refund kang pinoproseso pa.',
    other: 'May {count} refund kang pinoproseso pa.',
  },
  'erasure.blocker.open_refunds.next_step': 'Hintaying matapos ang refund mo, saka bumalik dito.',
  'erasure.blocker.open_disputes': {
    one: 'May {count} bukas na dispute ka.',
    other: 'May {count} bukas na dispute ka.',
  },
  'erasure.blocker.open_disputes.next_step': 'Hintayin ang desisyon, o isara ang dispute, saka bumalik dito.',
  'erasure.records': 'Mga order',
  'erasure.confirm_heading': 'Burahin nang tuluyan ang data mo?',
  'erasure.confirm_text':
    'Agad naming buburahin ang personal data mo at ila-log out ka. Hindi na namin ito maibabalik.',
  'erasure.understand': 'Naiintindihan kong hindi na ito maibabalik',
  'erasure.understand_required': 'Lagyan ng check ang kahon para kumpirmahing naiintindihan mo.',
  'erasure.confirm': 'Tuluyang burahin ang data ko',
  'erasure.erasing': 'Binubura ang data mo…',
  'erasure.cancel': 'Kanselahin',
  'erasure.cancelled': 'Walang nabura.',
  'erasure.cancel_order': 'Kanselahin ang order {number}',
  'erasure.cancelling': 'Kinakansela…',
  'erasure.order_cancelled': 'Nakansela na ang order {number}.',
} as const satisfies CompleteCatalog<'erasure'>;

export default fil;
