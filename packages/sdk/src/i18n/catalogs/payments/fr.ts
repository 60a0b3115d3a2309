import type { CompleteCatalog } from '../../catalog.js';

const fr = {
  'payments.declined.title': 'Votre paiement a été refusé',
  'payments.decline.generic_decline': 'Votre banque a refusé le paiement sans en donner la raison.',
  'payments.decline.insufficient_funds': 'La carte n’a pas assez de fonds pour ce paiement.',
  'payments.decline.expired_card': 'La carte a expiré.',
  'payments.decline.incorrect_cvc': 'Le code de sécurité (CVC) ne correspond pas à la carte.',
  'payments.decline.processing_error': 'Un problème est survenu lors du traitement de la carte.',
  'payments.decline.authentication_failed': 'Nous n’avons pas pu vérifier que ce paiement vient bien de vous.',
  'payments.decline.card_velocity_exceeded': 'La carte a atteint son plafond de dépenses pour le moment.',
  'payments.next_step.use_another_card': 'Utilisez une autre carte ou un autre moyen de paiement.',
  'payments.next_step.check_details':
    'Vérifiez le numéro de carte, la date d’expiration et le code de sécurité, puis réessayez.',
  'payments.next_step.contact_bank': 'Contactez votre banque ou utilisez une autre carte.',
  'payments.next_step.try_again': 'Patientez un instant, puis réessayez.',
  'payments.not_charged': 'Aucun montant ne vous a été débité.',
  'payments.failed.title': 'Ce paiement n’a pas pu aboutir',
  'payments.review.title': 'Nous vérifions votre commande',
  'payments.review.body':
    'La commande {number} est en attente pendant que nous vérifions le paiement. Nous vous écrirons bientôt, et vous ne serez pas débité deux fois.',
} as const satisfies CompleteCatalog<'payments'>;

export default fr;
