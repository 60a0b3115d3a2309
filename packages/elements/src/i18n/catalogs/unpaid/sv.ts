import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Pay now / Cancel order in Swedish. */
const sv = {
  'unpaid.due': 'Betala senast {date} för att behålla beställningen; därefter avbryts den automatiskt.',
  'unpaid.pay': 'Betala nu',
  'unpaid.cancel': 'Avbryt beställningen',
  'unpaid.cancelling': 'Avbryter…',
  'unpaid.confirm': 'Avbryta beställning {number}? Det går inte att ångra.',
  'unpaid.keep': 'Behåll beställningen',
} as const satisfies CompleteCatalog<'unpaid'>;

export default sv;
