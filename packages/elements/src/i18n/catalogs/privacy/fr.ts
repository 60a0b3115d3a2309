import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** French, with "vous" (the norm for French shopping sites) and French typography (espaces insécables avant « : »). */
const fr = {
  'privacy.heading': 'Confidentialité et vos données',
  'privacy.intro':
    'Choisissez à quoi servent vos données et comment nous vous contactons. Vous pouvez aussi télécharger ou supprimer vos données.',
  'privacy.loading': 'Chargement de vos paramètres de confidentialité…',
  'privacy.on': 'Activé',
  'privacy.off': 'Désactivé',
  'privacy.saving': 'Enregistrement…',
  'privacy.saved_on': '« {label} » est maintenant activé.',
  'privacy.saved_off': '« {label} » est maintenant désactivé.',
  'privacy.save_failed': 'Impossible d’enregistrer « {label} » : le réglage est revenu à son état précédent.',
  'privacy.consents.heading': 'À quoi servent vos données',
  'privacy.consents.intro': 'Les changements s’appliquent tout de suite, et vous pouvez changer d’avis à tout moment.',
  'privacy.consents.necessary':
    'Toujours activé : nécessaire pour livrer vos commandes. Pour l’arrêter, supprimez vos données plus bas.',
  'privacy.consents.changed': 'Dernière modification le {date}',
  'privacy.consent.order_processing.label': 'Traitement de vos commandes et paiements',
  'privacy.consent.order_processing.explanation':
    'Nous utilisons votre nom, vos coordonnées et vos informations de paiement pour encaisser vos paiements et gérer vos commandes, remboursements et litiges.',
  'privacy.consent.carrier_address_sharing.label': 'Partage de votre adresse avec le transporteur',
  'privacy.consent.carrier_address_sharing.explanation':
    'Le transporteur reçoit votre nom, votre adresse et votre numéro de téléphone pour vous livrer votre colis.',
  'privacy.consent.notifications_email.label': 'Messages par e-mail',
  'privacy.consent.notifications_email.explanation':
    'Nous vous écrivons par e-mail au sujet de vos commandes, livraisons, remboursements et litiges.',
  'privacy.consent.notifications_sms.label': 'Messages texte (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'Nous vous envoyons des SMS au sujet de vos commandes et livraisons. Les frais habituels de votre forfait peuvent s’appliquer.',
  'privacy.consent.personalisation.label': 'Suggestions et publicités personnalisées',
  'privacy.consent.personalisation.explanation':
    'Nous utilisons vos achats et ce que vous consultez pour vous suggérer des produits et des publicités adaptés. Désactivé tant que vous ne l’activez pas.',
  'privacy.preferences.heading': 'Comment nous vous contactons',
  'privacy.preferences.intro': 'Choisissez les messages que vous recevez, et où.',
  'privacy.preferences.caption': 'Messages par canal',
  'privacy.preferences.kind_header': 'Message',
  'privacy.preferences.cell_label': '{kind} : {channel}',
  'privacy.preferences.paused': 'En pause',
  'privacy.preferences.withdrawn':
    '{channel} est en pause car « {consent} » est désactivé plus haut. Vos choix sont conservés pour le jour où vous le réactiverez.',
  'privacy.kind.order_updates': 'Suivi de commande',
  'privacy.kind.delivery_problems': 'Problèmes de livraison',
  'privacy.kind.refunds_and_disputes': 'Remboursements et litiges',
  'privacy.channel.in_app': 'Dans l’app',
  'privacy.channel.email': 'E-mail',
  'privacy.channel.sms': 'SMS',
  'privacy.export.heading': 'Télécharger mes données',
  'privacy.export.intro':
    'Obtenez une copie de tout ce que nous conservons sur vous, dans un fichier JSON lisible par d’autres services. Vous pouvez le télécharger une fois, dans les 24 heures.',
  'privacy.export.request': 'Demander mes données',
  'privacy.erasure.heading': 'Supprimer mes données',
  'privacy.erasure.intro':
    'Cela supprime vos données personnelles et ferme votre compte dans cette boutique. C’est irréversible.',
  'privacy.erasure.removed_heading': 'Ce que nous supprimons',
  'privacy.erasure.kept_heading': 'Ce que nous conservons, et pourquoi',
  'privacy.erasure.removed.contact_details': 'Vos nom, adresse e-mail et numéro de téléphone',
  'privacy.erasure.removed.shipping_addresses': 'Les adresses de livraison de vos commandes',
  'privacy.erasure.removed.preferences_and_messages': 'Vos consentements, préférences de notification et messages',
  'privacy.erasure.removed.activity_history': 'Sessions, exports de données et historique des mises à jour en direct',
  'privacy.erasure.kept.financial_records.record': 'Commandes et paiements (articles, montants, dates)',
  'privacy.erasure.kept.financial_records.reason':
    'La loi fiscale et comptable nous oblige à les conserver, sans rien qui permette de vous identifier.',
  'privacy.erasure.kept.audit_log.record': 'Journal d’audit de sécurité',
  'privacy.erasure.kept.audit_log.reason':
    'Il indique qui a consulté des données personnelles, pour vous protéger. Il ne contient que des identifiants qui ne mènent plus à vous.',
  'privacy.erasure.start': 'Supprimer mes données…',
  'privacy.erasure.done_heading': 'Vos données ont été supprimées',
  'privacy.erasure.done_text':
    'Nous avons supprimé vos données personnelles le {date}. Vous avez été déconnecté de cette boutique.',
  'privacy.other': 'Une autre utilisation de vos données',
} as const satisfies CompleteCatalog<'privacy'>;

export default fr;
