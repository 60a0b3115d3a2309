import type { Catalog } from '@txassist/sdk/i18n';

/** Canadian French fills its gaps from French, then English: `fr-CA` → `fr` → `en`. */
export const parent = 'fr';

/** Only what Quebec buyers say differently (the usage of Canadian shops and the OQLF): “courriel” for e-mail, “texto” for SMS. */
const frCA = {
  'privacy.consent.notifications_email.label': 'Messages par courriel',
  'privacy.consent.notifications_email.explanation':
    'Nous vous écrivons par courriel au sujet de vos commandes, livraisons, remboursements et litiges.',
  'privacy.consent.notifications_sms.label': 'Messages texte',
  'privacy.consent.notifications_sms.explanation':
    'Nous vous envoyons des textos au sujet de vos commandes et livraisons. Les frais habituels de votre forfait peuvent s’appliquer.',
  'privacy.channel.email': 'Courriel',
  'privacy.channel.sms': 'Texto',
  'privacy.erasure.removed.contact_details': 'Vos nom, adresse courriel et numéro de téléphone',
} as const satisfies Catalog<'privacy'>;

export default frCA;
