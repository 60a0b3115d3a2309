import type { Catalog } from '@txassist/sdk/i18n';

/** Canadian French fills its gaps from French, then English: `fr-CA` → `fr` → `en`. */
export const parent = 'fr';

/** Only what Quebec buyers say differently (the usage of Canadian shops and the OQLF): “courriel” for e-mail, “texto” for SMS. */
const frCA = {
  'tracker.not_found.next_step':
    'Vérifiez le numéro de commande dans votre courriel de confirmation, et que vous êtes connecté avec le compte utilisé pour la commande.',
  'tracker.guest.intro': 'Saisissez votre numéro de commande et l’adresse courriel utilisée pour commander.',
  'tracker.guest.order_number_hint': 'Il figure dans votre courriel de confirmation, par exemple TX-1006.',
  'tracker.guest.email': 'Adresse courriel',
  'tracker.guest.email_invalid': 'Saisissez l’adresse courriel utilisée pour commander, par exemple nom@exemple.com.',
  'tracker.guest.not_found':
    'Aucune commande ne correspond à ce numéro et à cette adresse courriel. Vérifiez les deux, puis réessayez.',
} as const satisfies Catalog<'tracker'>;

export default frCA;
