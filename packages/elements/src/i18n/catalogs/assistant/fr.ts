import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The help assistant in French. */
const fr = {
  'assistant.heading': 'Aide',
  'assistant.launcher': 'Obtenir de l’aide',
  'assistant.close': 'Fermer l’aide',
  'assistant.loading': 'Nous regardons vos commandes…',
  'assistant.suggestions_heading': 'Ce qui demande votre attention',
  'assistant.recent_heading': 'Rien ne demande votre attention. Vos commandes récentes :',
  'assistant.no_orders': 'Vous n’avez pas encore de commande.',
  'assistant.updated': 'Suggestions mises à jour.',
  'assistant.payment_failed.text': 'Le paiement de la commande {number} n’a pas abouti. {reason}',
  'assistant.parcel_exception.text': 'Un colis de la commande {number} a un problème de livraison.',
  'assistant.parcel_failed_attempt.text':
    'Le transporteur a essayé de livrer un colis de la commande {number}, sans succès.',
  'assistant.parcel_expired.text': 'Le transporteur n’envoie plus de nouvelles d’un colis de la commande {number}.',
  'assistant.parcel_late.text': 'Un colis de la commande {number} est en retard : il aurait déjà dû arriver.',
  'assistant.payment_pending.text':
    'La commande {number} attend le paiement. Payez maintenant pour qu’elle soit expédiée, ou annulez-la depuis la commande.',
  'assistant.order_help.text': 'Commande {number} : {status}. Si quelque chose ne va pas, dites-le au vendeur.',
  'assistant.action.pay_now': 'Payer maintenant',
  'assistant.dispute_reply_needed.text': 'Votre litige sur la commande {number} attend votre réponse.',
  'assistant.refund_approved.text':
    'Votre remboursement de {amount} pour la commande {number} est en route. Il devrait vous parvenir d’ici le {date}.',
  'assistant.recent_order.text': 'Commande {number}, {date}, {total} : {status}',
  'assistant.unknown.text': 'Quelque chose concernant la commande {number} pourrait demander votre attention.',
  'assistant.action.try_another_card': 'Essayer une autre carte',
  'assistant.action.report_problem': 'Signaler un problème',
  'assistant.action.reply_to_dispute': 'Répondre avant le {date}',
  'assistant.action.view_refund': 'Voir le remboursement',
  'assistant.action.view_order': 'Voir la commande {number}',
  'assistant.action.unknown': 'Ouvrir la commande {number}',
  'assistant.check.button': 'Vérifier ma connexion',
  'assistant.check.heading': 'Vérification de la connexion',
  'assistant.check.running': 'Vérification de votre connexion…',
  'assistant.check.done': 'Vérification terminée : {passed} sur {total} sans problème.',
  'assistant.check.ok': 'OK',
  'assistant.check.problem': 'Problème',
  'assistant.check.api.ok': 'Le service répond en {ms} ms.',
  'assistant.check.api.slow': 'Le service répond, mais lentement ({ms} ms). Les pages peuvent être lentes.',
  'assistant.check.api.fail': 'Impossible de joindre le service. Vérifiez votre connexion internet et réessayez.',
  'assistant.check.stream.ok': 'Les mises à jour en direct fonctionnent.',
  'assistant.check.stream.fail':
    'Les mises à jour en direct ne s’ouvrent pas ici. Tout fonctionne quand même ; rechargez pour voir les changements.',
  'assistant.check.storage.ok': 'Cet appareil peut garder vos brouillons.',
  'assistant.check.storage.fail':
    'Ce navigateur ne peut pas garder de brouillons (navigation privée ?). Remplissez les formulaires d’une traite.',
  'assistant.check.browser.ok': 'Votre navigateur a tout ce dont ces pages ont besoin.',
  'assistant.check.browser.fail': 'Il manque {features} à votre navigateur. Mettez-le à jour ou essayez-en un autre.',
  'assistant.check.clock.ok': 'L’horloge de votre appareil est à l’heure.',
  'assistant.check.clock.fail':
    'L’horloge de votre appareil a {minutes} min d’écart. Activez la mise à l’heure automatique.',
  'assistant.check.copy': 'Copier les détails pour le support',
  'assistant.check.copied': 'Détails copiés. Collez-les dans votre message au support.',
  'assistant.check.copy_failed': 'Copie impossible. Sélectionnez les détails ci-dessous et copiez-les vous-même.',
  'assistant.check.details': 'Détails pour le support (aucune donnée personnelle)',
  'assistant.check.again': 'Vérifier à nouveau',
  'assistant.back': 'Retour aux suggestions',
  'assistant.sign_in.button': 'Impossible de vous connecter ou de trouver votre commande ?',
  'assistant.sign_in.heading': 'Se connecter avec un code par e-mail',
  'assistant.sign_in.intro':
    'Saisissez l’e-mail utilisé pour vos commandes. Nous vous enverrons un code qui les ouvre.',
  'assistant.sign_in.email': 'E-mail',
  'assistant.sign_in.send': 'M’envoyer un code',
  'assistant.sign_in.sent':
    'Si {email} a des commandes ici, nous lui avons envoyé un code à {digits} chiffres. Il fonctionne une fois, pendant {minutes} minutes.',
  'assistant.sign_in.code': 'Code reçu par e-mail',
  'assistant.sign_in.submit': 'Se connecter',
  'assistant.sign_in.other_email': 'Utiliser un autre e-mail',
  'assistant.sign_in.signed_in': 'Vous êtes connecté. Voici vos commandes.',
  'assistant.sign_in.lookup': 'Trouver plutôt une commande par son numéro',
  'assistant.sign_in.email_invalid': 'Saisissez une adresse e-mail comme name@example.com.',
  'assistant.sign_in.code_invalid': 'Saisissez le code à {digits} chiffres reçu par e-mail.',
} as const satisfies CompleteCatalog<'assistant'>;

export default fr;
