import type { CompleteCatalog } from '@txassist/sdk/i18n';

const fil = {
  'unpaid.due': 'Magbayad bago ang {date} para manatili ang order na ito; pagkatapos noon, kusa itong makakansela.',
  'unpaid.pay': 'Magbayad ngayon',
  'unpaid.cancel': 'Kanselahin ang order',
  'unpaid.cancelling': 'Kinakansela…',
  'unpaid.confirm': 'Kanselahin ang order {number}? Hindi na ito maibabalik.',
  'unpaid.keep': 'Panatilihin ang order',
} as const satisfies CompleteCatalog<'unpaid'>;

export default fil;
