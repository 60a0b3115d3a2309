// The creator page's words: fr (keys as in en.js).
export default {
  'index.title': 'Routine éclat avec Mia : achetez ce qu’elle utilise',
  'index.heading': 'Ma routine éclat en 3 minutes',
  'index.video': 'Vidéo : Mia applique le sérum et la teinte à lèvres',
  'index.caption': 'Mia montre le sérum et la teinte à lèvres qu’elle utilise chaque matin.',
  'index.pitch': 'Tout ce qui est dans cette vidéo, livré chez vous.',
  'index.buy': 'Acheter la routine',
  'index.ordered': 'Commande passée : {number}',
  close: 'Fermer',
  'buy.title': 'Glow Serum avec Mia : achetez-le ici',
  'buy.heading': 'Le sérum de ma routine éclat en 3 minutes',
  'buy.intro':
    'Achetez-le ici, sans compte. Nous vous envoyons par e-mail la confirmation et un lien pour suivre la commande.',
  'track.title': 'Suivre votre commande — Glow Serum avec Mia',
  'track.heading': 'Glow Serum avec Mia',
  'track.back': 'Retour au sérum',
  language: 'Langue',
  'language.show': 'Afficher la page',
};
