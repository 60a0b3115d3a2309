import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in French. */
const fr = {
  'support.heading': 'Parler à une personne',
  'support.hours': 'Notre équipe répond {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'Première réponse attendue : sous {duration}.',
  'support.context_intro': 'L’agent verra :',
  'support.context.order': 'Statut de la commande : {status}',
  'support.context.payment': 'Dernier problème de paiement : {code}',
  'support.context.cases': 'Dossiers ouverts : {count}',
  'support.context.none': 'Aucune commande choisie.',
  'support.topic': 'Sujet',
  'support.topic.payment': 'Un paiement',
  'support.topic.delivery': 'Une livraison',
  'support.topic.refund': 'Un remboursement ou un retour',
  'support.topic.dispute': 'Un litige',
  'support.topic.account': 'Mon compte',
  'support.topic.other': 'Autre chose',
  'support.order': 'Commande (facultatif)',
  'support.order.none': 'Aucune commande',
  'support.message': 'Votre message',
  'support.message_empty': 'Écrivez d’abord votre message.',
  'support.send': 'Envoyer',
  'support.thread': 'Conversation',
  'support.author.buyer': 'Vous',
  'support.author.agent': 'Assistance',
  'support.status.open': 'En attente de réponse',
  'support.status.answered': 'Répondu',
  'support.status.closed': 'Fermée',
  'support.reply': 'Répondre',
  'support.send_reply': 'Envoyer la réponse',
  'support.close': 'Fermer la conversation',
  'support.sent': 'Message envoyé.',
  'support.replied': 'L’assistance a répondu.',
  'support.closed': 'Conversation fermée.',
} as const satisfies CompleteCatalog<'support'>;

export default fr;
