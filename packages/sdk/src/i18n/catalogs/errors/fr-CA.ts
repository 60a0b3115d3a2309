import type { Catalog } from '../../catalog.js';

/** Canadian French fills its gaps from French, then English: `fr-CA` → `fr` → `en`. */
export const parent = 'fr';

/** Only what Quebec buyers say differently: “courriel” for e-mail. */
const frCA = {
  'error.sign_in_failed.title': 'L’adresse courriel ou le mot de passe est incorrect',
} as const satisfies Catalog<'errors'>;

export default frCA;
