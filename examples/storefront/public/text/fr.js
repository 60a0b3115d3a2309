// The storefront pages' own words: fr (keys as in en.js).
export default {
  'site.nav': 'Site',
  'nav.orders': 'Vos commandes',
  'nav.account': 'Votre compte',
  language: 'Langue',
  'buyer.label': 'Acheteur de démonstration',
  'buyer.option': '{name} (acheteur {n})',
  'buyer.switch': 'Changer d’acheteur',
  'demo.heading': 'Essayez en direct',
  'demo.text':
    'Passez une commande de démonstration : le transporteur simulé la fait avancer d’une étape toutes les quelques secondes et son suivi se met à jour aussitôt. À l’expédition, l’e-mail apparaît sur la page de capture.',
  'demo.place': 'Passer une commande de démonstration',
  'demo.placing': 'Commande de démonstration en cours…',
  'demo.placed': 'Commande {number} passée et confiée au transporteur. Son suivi est le premier de la liste.',
  'demo.failed':
    'La commande de démonstration n’a pas pu être passée. Vérifiez que l’API tourne en mode démo, puis réessayez.',
  'orders.loading': 'Chargement de vos commandes…',
  'orders.none': 'Vous n’avez encore aucune commande.',
  'orders.count': 'Commandes affichées : {count}',
  'orders.failed': 'Impossible de charger vos commandes. Rechargez la page pour réessayer.',
  'dialog.close': 'Fermer',
  'dialog.dispute': 'Signaler un problème avec votre commande',
  'dialog.contact': 'Contacter le vendeur',
  'dialog.refund': 'Demander un remboursement, un retour ou un échange',
  'dialog.help': 'Obtenir de l’aide pour votre commande',
  'dialog.disputeCase': 'Votre dossier',
  'dialog.refundCase': 'Votre demande de remboursement',
  'dialog.pay': 'Payer votre commande',
  'dialog.payNumber': 'Payer la commande {number}',
  'dialog.helpText':
    'Choisissez ce qui convient le mieux. Un signalement ouvre un dossier : vous y échangez avec le vendeur, et notre équipe peut intervenir.',
  'dialog.contactText':
    'Écrivez au vendeur dans un dossier sur cette commande : il vous répond là, et notre équipe peut intervenir en cas de désaccord.',
};
