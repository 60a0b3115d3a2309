import type { CompleteCatalog } from '@txassist/sdk/i18n';

const hr = {
  'unpaid.due': 'Platite do {date} da biste zadržali ovu narudžbu; nakon toga automatski se otkazuje.',
  'unpaid.pay': 'Plati sada',
  'unpaid.cancel': 'Otkaži narudžbu',
  'unpaid.cancelling': 'Otkazivanje…',
  'unpaid.confirm': 'Otkazati narudžbu {number}? To se ne može poništiti.',
  'unpaid.keep': 'Zadrži narudžbu',
} as const satisfies CompleteCatalog<'unpaid'>;

export default hr;
