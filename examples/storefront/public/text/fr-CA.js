// The storefront pages' own words: Canadian French, only what differs from fr.js (then English).
export const parent = 'fr';
export default {
  'demo.text':
    'Passez une commande de démonstration : le transporteur simulé la fait avancer d’une étape toutes les quelques secondes et son suivi se met à jour aussitôt. À l’expédition, le courriel apparaît sur la page de capture.',
};
