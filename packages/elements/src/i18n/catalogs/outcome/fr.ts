import type { CompleteCatalog } from '@txassist/sdk/i18n';

const fr = {
  'outcome.declined.heading': 'Votre paiement n’a pas abouti',
  'outcome.declined.kept':
    'Tout ce que vous avez saisi est conservé. Seules les données de la carte sont à saisir de nouveau.',
  'outcome.challenge.heading': 'Confirmez qu’il s’agit bien de vous',
  'outcome.challenge.code': 'Code de vérification',
  'outcome.challenge.code_hint': 'Vous pouvez coller le code. Il expire à {time}.',
  'outcome.challenge.verify': 'Vérifier et payer',
  'outcome.challenge.resend': 'Envoyer un nouveau code',
  'outcome.challenge.resend_wait': 'Vous pourrez demander un nouveau code dans {seconds} s.',
  'outcome.challenge.resent': 'Nous avons envoyé un nouveau code. Seul le plus récent fonctionne.',
  'outcome.challenge.attempts_left': 'Essais restants : {count}',
  'outcome.challenge.required': 'Saisissez le code à 6 chiffres que nous vous avons envoyé.',
  'outcome.challenge.format': 'Le code comporte 6 chiffres. Vérifiez-le et saisissez-le de nouveau.',
  'outcome.challenge.wrong': 'Ce code n’est pas le bon. Vérifiez le message le plus récent et réessayez.',
  'outcome.challenge.expired': 'Ce code a expiré. Demandez un nouveau code, puis saisissez-le.',
  'outcome.challenge.locked':
    'Trop de codes erronés : nous avons arrêté ce paiement pour vous protéger. Choisissez un autre moyen de paiement ou réessayez plus tard.',
  'outcome.challenge.verifying': 'Vérification du code…',
  'outcome.wallet.returned': 'Bon retour. Nous confirmons votre paiement TxPay…',
  'outcome.wallet.cancelled': 'Vous avez quitté TxPay sans payer. Choisissez un moyen de paiement, puis réessayez.',
  'outcome.on_hold.heading': 'Votre commande est passée et attend une vérification rapide',
  'outcome.on_hold.body':
    'Nous vérifions ce paiement avant de préparer votre commande. Vous n’avez rien à faire : nous vous écrirons par e-mail une fois la vérification terminée, en général sous un jour.',
  'outcome.confirmation.heading': 'Merci, votre commande est passée',
  'outcome.confirmation.number': 'Numéro de commande : {number}',
  'outcome.confirmation.paid': '{total} payés avec {method}',
  'outcome.confirmation.cod_due': 'Préparez {total} pour le livreur.',
  'outcome.confirmation.track': 'Suivre votre commande',
  'outcome.confirmation.next_heading': 'Et maintenant',
  'outcome.confirmation.next':
    'Le vendeur prépare maintenant votre commande. Nous vous préviendrons dès qu’elle sera en route, et vous pouvez la suivre à tout moment avec votre numéro de commande.',
  'outcome.failure.network':
    'Impossible de joindre la boutique. Vérifiez votre connexion, puis réessayez. Vous ne serez pas débité deux fois.',
  'outcome.failure.generic':
    'Un problème est survenu de notre côté. Réessayez dans un instant ; vous ne serez pas débité deux fois.',
} as const satisfies CompleteCatalog<'outcome'>;

export default fr;
