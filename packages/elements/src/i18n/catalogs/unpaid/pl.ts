import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Polish, with the informal “Ty” as Polish shops (Allegro, Shopify) address buyers; plural forms one, few, many, other. */
const pl = {
  'unpaid.due': 'Zapłać do {date}, żeby zachować to zamówienie; potem zostanie automatycznie anulowane.',
  'unpaid.pay': 'Zapłać teraz',
  'unpaid.cancel': 'Anuluj zamówienie',
  'unpaid.cancelling': 'Anulujemy…',
  'unpaid.confirm': 'Anulować zamówienie {number}? Tego nie można cofnąć.',
  'unpaid.keep': 'Zachowaj zamówienie',
} as const satisfies CompleteCatalog<'unpaid'>;

export default pl;
