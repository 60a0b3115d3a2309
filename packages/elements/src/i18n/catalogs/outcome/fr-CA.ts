import type { Catalog } from '@txassist/sdk/i18n';

/** Canadian French fills its gaps from French, then English: `fr-CA` → `fr` → `en`. */
export const parent = 'fr';

/** Only what Quebec buyers say differently (the usage of Canadian shops and the OQLF): “courriel” for e-mail, “texto” for SMS. */
const frCA = {
  'outcome.on_hold.body':
    'Nous vérifions ce paiement avant de préparer votre commande. Vous n’avez rien à faire : nous vous écrirons par courriel une fois la vérification terminée, en général sous un jour.',
} as const satisfies Catalog<'outcome'>;

export default frCA;
