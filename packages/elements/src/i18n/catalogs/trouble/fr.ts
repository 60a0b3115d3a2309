import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in French. */
const fr = {
  'trouble.heading': 'La transaction a échoué',
  'trouble.payments': 'Paiements refusés',
  'trouble.none': 'Aucune de vos commandes récentes n’a de paiement refusé.',
  'trouble.pick': 'Quel paiement a échoué ?',
  'trouble.attempt': 'Commande {number}, {total}, {date}',
  'trouble.cause': 'Pourquoi :',
  'trouble.steps': 'Que faire :',
  'trouble.step.address': 'Vérifiez que l’adresse de facturation est celle que votre banque connaît pour cette carte.',
  'trouble.step.kept': 'La commande {number} est conservée : payez-la avec une autre carte, rien n’est perdu.',
  'trouble.address': 'Problèmes d’adresse',
  'trouble.country': 'Pays de livraison',
  'trouble.field.name': 'Nom complet : obligatoire.',
  'trouble.field.line1': 'Adresse (rue) : obligatoire.',
  'trouble.field.city': 'Ville : obligatoire.',
  'trouble.field.region_required': 'État, province ou région : obligatoire pour {country}.',
  'trouble.field.region_optional': 'État, province ou région : facultatif pour {country}.',
  'trouble.field.postal_required': 'Code postal : obligatoire pour {country}, au format local.',
  'trouble.field.postal_optional': 'Code postal : facultatif pour {country}.',
  'trouble.field.postal_none': 'Code postal : {country} n’en a pas, laissez le champ vide.',
  'trouble.field.phone': 'Téléphone : facultatif, uniquement pour le transporteur.',
  'trouble.postal.label': 'Vérifier un code postal pour {country}',
  'trouble.postal.check': 'Vérifier',
  'trouble.postal.ok': '{code} est un code postal valide pour {country}.',
  'trouble.postal.invalid':
    '{code} n’est pas un code postal de {country}. Recopiez-le d’un courrier reçu à cette adresse.',
  'trouble.postal.empty': 'Saisissez un code postal, puis choisissez Vérifier.',
} as const satisfies CompleteCatalog<'trouble'>;

export default fr;
