import type { CompleteCatalog } from '@txassist/sdk/i18n';

const fr = {
  'hub.heading': 'Vos commandes',
  'hub.intro':
    'Vos commandes, les messages que nous vous avons envoyés à leur sujet et la façon dont nous vous contactons.',
  'hub.tabs_label': 'Espace commandes',
  'hub.tab.orders': 'Commandes',
  'hub.tab.inbox': 'Messages',
  'hub.tab.preferences': 'Notifications',
  'hub.unread': { one: '{count} non lu', many: '{count} non lus', other: '{count} non lus' },
  'hub.loading': 'Chargement…',
  'hub.offline':
    'Vous êtes hors ligne. Ce que vous voyez n’est peut-être plus à jour ; tout sera actualisé dès le retour de la connexion.',
  'hub.online': 'Vous êtes de nouveau en ligne. Actualisation…',
  'hub.history.heading': 'Historique des commandes',
  'hub.history.search_label': 'Numéro de commande',
  'hub.history.search_hint': 'En entier ou en partie, par exemple TX-1004 ou 1004.',
  'hub.history.status_label': 'Statut',
  'hub.history.status_all': 'Tous les statuts',
  'hub.history.search': 'Rechercher',
  'hub.history.clear': 'Effacer la recherche',
  'hub.history.list_label': 'Vos commandes, de la plus récente à la plus ancienne',
  'hub.history.shown': {
    one: '{count} commande affichée.',
    many: '{count} commandes affichées.',
    other: '{count} commandes affichées.',
  },
  'hub.history.empty': 'Vous n’avez encore aucune commande.',
  'hub.history.empty_next': 'Vos achats apparaîtront ici.',
  'hub.history.no_match': 'Aucune commande ne correspond à votre recherche.',
  'hub.history.no_match_next': 'Vérifiez le numéro de commande, choisissez un autre statut ou effacez la recherche.',
  'hub.history.more': 'Afficher plus de commandes',
  'hub.history.more_loading': 'Chargement d’autres commandes…',
  'hub.order.number': 'Commande {number}',
  'hub.order.placed': 'Passée le {date}',
  'hub.order.items': { one: '{count} article', many: '{count} articles', other: '{count} articles' },
  'hub.order.total': 'Total : {total}',
  'hub.detail.back': 'Retour à vos commandes',
  'hub.detail.loading': 'Chargement de la commande…',
  'hub.detail.loaded': 'Commande {number} : {status}.',
  'hub.other': 'Statut : mise à jour en cours',
} as const satisfies CompleteCatalog<'hub'>;

export default fr;
