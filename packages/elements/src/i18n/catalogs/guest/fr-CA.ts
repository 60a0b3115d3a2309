import type { Catalog } from '@txassist/sdk/i18n';

/** Canadian French fills its gaps from French, then English: `fr-CA` → `fr` → `en`. */
export const parent = 'fr';

/** Only what Quebec buyers say differently (the usage of Canadian shops and the OQLF): “courriel” for e-mail, “texto” for SMS. */
const frCA = {
  'guest.email.heading': 'Votre adresse courriel',
  'guest.email.label': 'Adresse courriel',
  'guest.email.required': 'Saisissez votre adresse courriel.',
  'guest.email.invalid': 'Saisissez une adresse courriel comme nom@exemple.com.',
} as const satisfies Catalog<'guest'>;

export default frCA;
