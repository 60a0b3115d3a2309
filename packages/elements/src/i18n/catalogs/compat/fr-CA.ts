import type { Catalog } from '@txassist/sdk/i18n';

/** Canadian French fills its gaps from French, then English: `fr-CA` → `fr` → `en`. */
export const parent = 'fr';

/** Only what Quebec buyers say differently (the usage of Canadian shops and the OQLF): “courriel” for e-mail, “texto” for SMS. */
const frCA = {
  'compat.lookup': 'Retrouver votre commande avec son numéro et votre adresse courriel',
} as const satisfies Catalog<'compat'>;

export default frCA;
