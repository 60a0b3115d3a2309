import type { NotificationWording } from './types.js';

/** Emails and text messages in fr: each SMS is the subject and, where there is one, the next step. */
const wfr: NotificationWording = {
  caseNoun: { dispute: 'litige', refund_request: 'demande de remboursement' },
  caseSubjects: {
    message_added: 'Nouveau message sur votre dossier pour la commande {number}',
    offer_received: 'Le vendeur a fait une offre sur votre dossier pour la commande {number}',
    approved: 'Votre dossier pour la commande {number} a été accepté',
    auto_approved: 'Votre dossier pour la commande {number} a été accepté',
    rejected: 'Le vendeur a refusé votre dossier pour la commande {number}',
    deadline_passed: 'Un délai est dépassé sur votre dossier pour la commande {number}',
    escalated: 'Votre dossier pour la commande {number} a été transmis à notre équipe d’assistance',
    info_requested: 'Nous avons besoin de précisions sur votre dossier pour la commande {number}',
    decided: 'Une décision a été prise sur votre dossier pour la commande {number}',
    return_label_ready: 'Votre étiquette de retour pour la commande {number} est prête',
    return_received: 'Le vendeur a reçu votre retour pour la commande {number}',
    refund_issued: 'Votre remboursement pour la commande {number} est en route',
    replacement_shipped: 'Votre article de remplacement pour la commande {number} a été expédié',
  },
  caseSms: {
    message_added:
      'Nouveau message sur votre dossier pour la commande {number}. Ouvrez la page de votre commande pour le lire.',
    offer_received:
      'Le vendeur a fait une offre sur votre dossier pour la commande {number}. Ouvrez la page de votre commande pour répondre.',
    approved: 'Votre dossier pour la commande {number} a été accepté.',
    auto_approved: 'Votre dossier pour la commande {number} a été accepté.',
    rejected:
      'Le vendeur a refusé votre dossier pour la commande {number}. Ouvrez la page de votre commande pour voir vos options.',
    deadline_passed:
      'Un délai est dépassé sur votre dossier pour la commande {number}. Ouvrez la page de votre commande pour l’étape suivante.',
    escalated: 'Votre dossier pour la commande {number} a été transmis à notre équipe d’assistance.',
    info_requested:
      'Nous avons besoin de précisions sur votre dossier pour la commande {number}. Ouvrez la page de votre commande pour répondre.',
    decided:
      'Une décision a été prise sur votre dossier pour la commande {number}. Ouvrez la page de votre commande pour la consulter.',
    return_label_ready:
      'Votre étiquette de retour pour la commande {number} est prête. Ouvrez la page de votre commande pour la récupérer.',
    return_received: 'Le vendeur a reçu votre retour pour la commande {number}.',
    refund_issued: 'Votre remboursement pour la commande {number} est en route.',
    replacement_shipped: 'Votre article de remplacement pour la commande {number} a été expédié.',
  },
  caseSubjectOther: 'Du nouveau sur votre dossier pour la commande {number}',
  caseSmsOther: 'Du nouveau sur votre dossier pour la commande {number}.',
  caseText:
    '{subject}. Connectez-vous et ouvrez la commande pour voir les détails et ce que vous pouvez faire ensuite.',
  statusSubjects: {
    awaiting_shipment: 'Votre commande {number} est confirmée',
    in_transit: 'Votre commande {number} est en route',
    delivered: 'Votre commande {number} a été livrée',
    cancelled: 'Votre commande {number} a été annulée',
  },
  milestoneSubjects: {
    out_for_delivery: 'Votre commande {number} est en cours de livraison aujourd’hui',
    failed_attempt: 'Nous n’avons pas pu livrer votre commande {number}',
    exception: 'Un problème touche la livraison de la commande {number}',
    available_for_pickup: 'Votre commande {number} est prête à être retirée',
    expired: 'Le suivi de la commande {number} n’est plus mis à jour',
    delayed: 'Votre commande {number} a du retard',
  },
  orderSubjectOther: 'Du nouveau sur la commande {number}',
  orderText: '{subject}. Ouvrez la page de votre commande pour voir les détails.',
  guestTrackText: 'Suivez votre commande sur {url} avec le numéro de commande {number} et cette adresse e-mail.',
  supportReplySubject: 'Notre équipe d’assistance a répondu à votre question sur la commande {number}',
  supportReplySubjectNoOrder: 'Notre équipe d’assistance a répondu à votre question',
  supportReplyText:
    '{subject}. Connectez-vous et ouvrez votre conversation avec l’assistance pour lire la réponse et répondre.',
  supportReplySms:
    'Notre équipe d’assistance a répondu à votre question sur la commande {number}. Connectez-vous pour la lire.',
  supportReplySmsNoOrder: 'Notre équipe d’assistance a répondu à votre question. Connectez-vous pour la lire.',
  statusSms: {
    awaiting_shipment: 'Votre commande {number} est confirmée.',
    in_transit: 'Votre commande {number} est en route.',
    delivered: 'Votre commande {number} a été livrée.',
    cancelled: 'Votre commande {number} a été annulée.',
  },
  milestoneSms: {
    out_for_delivery: 'Votre commande {number} est en cours de livraison aujourd’hui.',
    failed_attempt:
      'Nous n’avons pas pu livrer votre commande {number}. Ouvrez la page de votre commande pour l’étape suivante.',
    exception:
      'Un problème touche la livraison de la commande {number}. Ouvrez la page de votre commande pour l’étape suivante.',
    available_for_pickup: 'Votre commande {number} est prête à être retirée.',
    expired:
      'Le suivi de la commande {number} n’est plus mis à jour. Ouvrez la page de votre commande pour l’étape suivante.',
    delayed: 'Votre commande {number} a du retard. Ouvrez la page de votre commande pour la dernière estimation.',
  },
  orderSmsOther: 'Du nouveau sur la commande {number}.',
};

export default wfr;
