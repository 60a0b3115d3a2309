import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in French. */
export default {
  payment_method: {
    title: 'Ajouter ou changer un moyen de paiement',
    keywords: 'carte crédit débit portefeuille payer paiement refusé carte enregistrée',
    steps: [
      'Ouvrez votre commande en cours et allez à l’étape Paiement (choisissez Modifier si vous l’avez déjà terminée).',
      'Choisissez une carte enregistrée, saisissez une nouvelle carte, payez avec le portefeuille TxPay ou choisissez le paiement à la livraison s’il est proposé. Une carte expirée ne peut pas être choisie.',
      'Passez au Récapitulatif et choisissez Commander et payer.',
      'Si un paiement a été refusé, choisissez Essayer une autre carte dans l’Aide : votre adresse et votre livraison sont conservées.',
    ],
  },
  track_parcel: {
    title: 'Suivre un colis',
    keywords: 'livraison expédition envoi paquet numéro de suivi transporteur où est ma commande retard',
    steps: [
      'Ouvrez vos commandes et choisissez la commande.',
      'Chaque colis indique son état, sa date d’arrivée prévue, le transporteur et le numéro de suivi (Copier le copie).',
      'Choisissez Afficher toutes les mises à jour pour voir chaque étape du transporteur, la plus récente d’abord.',
      'Si un colis est en retard ou a un problème, choisissez Contacter le vendeur, Signaler une non-réception ou Obtenir de l’aide.',
    ],
  },
  request_refund: {
    title: 'Demander un remboursement',
    keywords: 'argent rembourser remboursement annuler',
    steps: [
      'Ouvrez la commande et choisissez Demander un remboursement. La page indique jusqu’à quand vous pouvez le faire.',
      'Choisissez Remboursement, les articles et quantités, et un motif (une note est facultative).',
      'Vérifiez le montant et envoyez la demande. Le vendeur doit répondre avant la date indiquée ; sinon, elle est acceptée.',
      'Suivez la demande sur la même page : acceptez ou refusez une offre partielle, ou annulez la demande tant que c’est possible.',
    ],
  },
  start_return: {
    title: 'Faire un retour',
    keywords: 'retour renvoyer échange remplacement étiquette',
    steps: [
      'Ouvrez la commande, choisissez Demander un remboursement, puis Retour et remboursement (ou Remplacement).',
      'Choisissez les articles et quantités, donnez un motif et envoyez la demande.',
      'Quand le vendeur accepte, l’étiquette de retour apparaît avec le transporteur, le numéro de suivi et la date limite d’envoi.',
      'Envoyez le colis et choisissez Je l’ai envoyé. Le remboursement suit à réception par le vendeur.',
    ],
  },
  open_dispute: {
    title: 'Ouvrir un litige',
    keywords: 'litige réclamation problème non reçu endommagé mauvais article dossier',
    steps: [
      'Ouvrez la commande et choisissez Signaler un problème.',
      'Choisissez un motif et les articles, décrivez ce qui s’est passé et ce que vous voulez : un remboursement, un remplacement ou un retour avec remboursement.',
      'Ajoutez des photos ou documents si vous en avez, puis envoyez. Votre brouillon reste sur cet appareil si vous quittez la page.',
      'Suivez le dossier : répondez à l’offre du vendeur et aux messages, et choisissez Demander à notre équipe de trancher quand c’est proposé.',
    ],
  },
  notifications: {
    title: 'Gérer les notifications',
    keywords: 'notifications e-mail courriel SMS messages alertes préférences désabonner',
    steps: [
      'Ouvrez vos commandes et choisissez l’onglet Paramètres de notification.',
      'Chaque type de message a un interrupteur par canal, comme l’e-mail ou le SMS.',
      'Activez ou désactivez un interrupteur : le changement est enregistré aussitôt.',
    ],
  },
  your_data: {
    title: 'Télécharger ou effacer vos données',
    keywords: 'confidentialité données personnelles export supprimer effacer compte RGPD',
    steps: [
      'Ouvrez Confidentialité et choisissez Télécharger mes données. Le fichier est préparé ; téléchargez-le quand il est prêt.',
      'Pour les effacer, choisissez Supprimer mes données. Vous voyez ce qui est supprimé, et ce que la loi nous oblige à garder et pourquoi.',
      'Les commandes, remboursements et litiges en cours doivent d’abord être terminés ; une commande non payée peut être annulée sur place.',
      'Confirmez, et vos données sont supprimées.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Rechercher dans les guides',
  search: 'Rechercher',
  list: 'Tous les guides',
  results: 'Guides correspondant à « {query} » :',
  found: 'Guides trouvés : {count}.',
  no_results:
    'Aucun guide ne correspond à « {query} ». Essayez d’autres mots ou demandez de l’aide à une personne. Si les pages ne se chargent pas, vérifiez votre connexion.',
  helpful: 'Cela vous a-t-il aidé ?',
  yes: 'Oui',
  no: 'Non',
  thanks: 'Merci de nous l’avoir dit.',
  back: 'Retour aux guides',
  video: 'Vidéo : {title}',
  captions: 'Sous-titres',
  transcript: 'Transcription',
  no_video: 'Ce navigateur ne peut pas lire la vidéo. Les étapes ci-dessous disent la même chose.',
} satisfies GuideWords;
