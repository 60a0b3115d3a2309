import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Polish, with the informal “Ty” as Polish shops (Allegro, Shopify) address buyers; plural forms one, few, many, other. */
const pl = {
  'compat.unsupported': 'Ta przeglądarka nie może wyświetlić tej części strony.',
  'compat.next_step': 'Zaktualizuj przeglądarkę albo otwórz tę stronę w innej. Do tego czasu:',
  'compat.lookup': 'Znajdź zamówienie po numerze i adresie e-mail',
  'compat.email': 'Napisz do nas: {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default pl;
