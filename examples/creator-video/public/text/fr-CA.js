// The creator page's words: Canadian French, only what differs from fr.js (then English).
export const parent = 'fr';
export default {
  'buy.intro':
    'Achetez-le ici, sans compte. Nous vous envoyons par courriel la confirmation et un lien pour suivre la commande.',
};
