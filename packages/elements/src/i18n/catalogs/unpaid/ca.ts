import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ca = {
  'unpaid.due': 'Paga abans del {date} per mantenir aquesta comanda; després es cancel·larà automàticament.',
  'unpaid.pay': 'Paga ara',
  'unpaid.cancel': 'Cancel·la la comanda',
  'unpaid.cancelling': 'S’està cancel·lant…',
  'unpaid.confirm': 'Vols cancel·lar la comanda {number}? No es pot desfer.',
  'unpaid.keep': 'Mantén la comanda',
} as const satisfies CompleteCatalog<'unpaid'>;

export default ca;
