import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Pay now / Cancel order in Czech. */
const cs = {
  'unpaid.due': 'Zaplaťte do {date}, jinak bude objednávka automaticky zrušena.',
  'unpaid.pay': 'Zaplatit',
  'unpaid.cancel': 'Zrušit objednávku',
  'unpaid.cancelling': 'Rušíme…',
  'unpaid.confirm': 'Zrušit objednávku {number}? Tuto akci nelze vrátit zpět.',
  'unpaid.keep': 'Ponechat objednávku',
} as const satisfies CompleteCatalog<'unpaid'>;

export default cs;
