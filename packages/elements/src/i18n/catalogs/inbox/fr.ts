import type { CompleteCatalog } from '@txassist/sdk/i18n';

const fr = {
  'inbox.heading': 'Messages',
  'inbox.list_label': 'Messages, du plus récent au plus ancien',
  'inbox.empty': 'Aucun message pour l’instant.',
  'inbox.empty_next': 'Nous vous préviendrons ici dès qu’il se passe quelque chose avec vos commandes.',
  'inbox.new': 'Nouveau',
  'inbox.message': 'Commande {number} : {what}',
  'inbox.view': 'Voir la commande {number}',
  'inbox.support_reply': 'Réponse du support',
  'inbox.read_reply': 'Lire la réponse',
  'inbox.mark_read': 'Marquer comme lu',
  'inbox.marked_read': 'Marqué comme lu.',
  'inbox.more': 'Afficher les messages plus anciens',
  'inbox.case_news.message_added': 'Nouveau message concernant votre demande',
  'inbox.case_news.deadline_passed': 'Un délai est passé',
  'inbox.case_news.decided': 'Notre équipe a pris une décision',
  'inbox.case_news.updated': 'Votre demande a été mise à jour',
} as const satisfies CompleteCatalog<'inbox'>;

export default fr;
