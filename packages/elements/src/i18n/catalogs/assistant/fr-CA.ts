import type { Catalog } from '@txassist/sdk/i18n';

/** Canadian French fills its gaps from French, then English: `fr-CA` → `fr` → `en`. */
export const parent = 'fr';

/** Only what Quebec buyers say differently (the usage of Canadian shops and the OQLF): “courriel” for e-mail, “texto” for SMS. */
const frCA = {
  'assistant.sign_in.heading': 'Se connecter avec un code par courriel',
  'assistant.sign_in.intro':
    'Saisissez l’adresse courriel utilisée pour vos commandes. Nous vous enverrons un code qui les ouvre.',
  'assistant.sign_in.email': 'Courriel',
  'assistant.sign_in.code': 'Code reçu par courriel',
  'assistant.sign_in.other_email': 'Utiliser une autre adresse courriel',
  'assistant.sign_in.email_invalid': 'Saisissez une adresse courriel comme name@example.com.',
  'assistant.sign_in.code_invalid': 'Saisissez le code à {digits} chiffres reçu par courriel.',
} as const satisfies Catalog<'assistant'>;

export default frCA;
