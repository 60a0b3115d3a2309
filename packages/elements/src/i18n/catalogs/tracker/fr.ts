import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** French, with "vous" (the norm on French shopping sites) and French typography: a narrow no-break space before ":". */
const fr = {
  'tracker.heading': 'Commande {number}',
  'tracker.loading': 'Chargement de votre commande…',
  'tracker.loaded': 'Commande {number} chargée. État : {status}.',
  'tracker.placed': 'Passée le {date}',
  'tracker.sold_by': 'Vendu par {seller}',
  'tracker.status_heading': 'État',
  'tracker.items_heading': { one: '{count} article', many: '{count} articles', other: '{count} articles' },
  'tracker.quantity': 'Quantité : {count}',
  'tracker.unit_price': '{price} l’unité',
  'tracker.variant': 'Option : {variant}',
  'tracker.summary_heading': 'Récapitulatif du paiement',
  'tracker.subtotal': 'Sous-total',
  'tracker.shipping': 'Livraison',
  'tracker.tax': 'Taxes',
  'tracker.discount': 'Remise',
  'tracker.total': 'Total',
  'tracker.not_found.title': 'Nous ne trouvons pas cette commande',
  'tracker.not_found.next_step':
    'Vérifiez le numéro de commande dans votre e-mail de confirmation, et que vous êtes connecté avec le compte utilisé pour la commande.',
  'tracker.not_configured.title': 'Le suivi de commande n’est pas configuré sur cette page',
  'tracker.not_configured.next_step':
    'Contactez le vendeur et signalez-lui que le suivi de commande n’est pas configuré.',
  'tracker.tag.pending.label': 'En attente de suivi',
  'tracker.tag.pending.explanation': 'Le vendeur a créé l’envoi. Le transporteur n’a encore donné aucune nouvelle.',
  'tracker.tag.info_received.label': 'Étiquette créée',
  'tracker.tag.info_received.explanation':
    'Le transporteur a les informations du colis et va bientôt venir le chercher.',
  'tracker.tag.in_transit.label': 'En cours d’acheminement',
  'tracker.tag.in_transit.explanation': 'Le transporteur a votre colis et l’achemine vers vous.',
  'tracker.tag.out_for_delivery.label': 'En cours de livraison',
  'tracker.tag.out_for_delivery.explanation': 'Votre colis est avec le livreur et devrait arriver aujourd’hui.',
  'tracker.tag.failed_attempt.label': 'Échec de la livraison',
  'tracker.tag.failed_attempt.explanation': 'Le transporteur a essayé de livrer votre colis, sans succès.',
  'tracker.tag.available_for_pickup.label': 'Disponible en point de retrait',
  'tracker.tag.available_for_pickup.explanation':
    'Votre colis vous attend dans un point de retrait. Munissez-vous d’une pièce d’identité et de votre numéro de suivi.',
  'tracker.tag.delivered.label': 'Livré',
  'tracker.tag.delivered.explanation': 'Le transporteur indique que votre colis a été livré.',
  'tracker.tag.exception.label': 'Problème de livraison',
  'tracker.tag.exception.explanation':
    'Votre colis est bloqué, par exemple à cause d’un dommage, de la douane ou d’une adresse erronée.',
  'tracker.tag.expired.label': 'Suivi interrompu',
  'tracker.tag.expired.explanation':
    'Le transporteur n’a plus donné de nouvelles depuis longtemps, le suivi s’est donc arrêté.',
  'tracker.shipments_heading': 'Suivi',
  'tracker.no_shipments':
    'Rien n’a encore été expédié. Le suivi apparaîtra ici dès que le vendeur aura remis votre colis au transporteur.',
  'tracker.parcel_heading': 'Colis {index} sur {total}',
  'tracker.parcel_single': 'Votre colis',
  'tracker.parcel_contents': 'Dans ce colis : {items}',
  'tracker.carrier': 'Transporteur',
  'tracker.tracking_number': 'Numéro de suivi',
  'tracker.copy': 'Copier le numéro de suivi',
  'tracker.copied': 'Numéro de suivi copié.',
  'tracker.copy_failed': 'Impossible de copier. Sélectionnez le numéro de suivi et copiez-le vous-même.',
  'tracker.estimate_range': 'Livraison prévue entre le {from} et le {to}',
  'tracker.estimate_day': 'Livraison prévue le {date}',
  'tracker.estimate_relative': 'Arrive {relative}',
  'tracker.estimate_revised': 'Le transporteur a modifié la date prévue.',
  'tracker.delivered_on': 'Livré le {date}',
  'tracker.late': 'En retard',
  'tracker.timeline_heading': 'Nouvelles du transporteur',
  'tracker.timeline_show_all': 'Afficher toutes les étapes ({count})',
  'tracker.timeline_show_fewer': 'Afficher moins d’étapes',
  'tracker.no_checkpoints': 'Pas encore de nouvelles du transporteur.',
  'tracker.problem.exception.title': 'Il y a un problème avec cette livraison',
  'tracker.problem.exception.explanation':
    'Le transporteur a signalé un problème et votre colis est bloqué pour le moment. Le vendeur peut se renseigner auprès du transporteur pour vous.',
  'tracker.problem.failed_attempt.title': 'Le transporteur n’a pas pu livrer votre colis',
  'tracker.problem.failed_attempt.explanation':
    'En général, il réessaie le jour ouvré suivant ou dépose le colis dans un point de retrait. Si personne ne sera là, contactez le vendeur.',
  'tracker.problem.expired.title': 'Ce colis n’est plus suivi',
  'tracker.problem.expired.explanation':
    'Le transporteur n’a plus donné de nouvelles depuis longtemps. Le colis est peut-être perdu. Contactez le vendeur ou signalez-le comme non reçu.',
  'tracker.problem.late.title': 'Votre colis est en retard',
  'tracker.problem.late.explanation':
    'La date de livraison prévue est passée. Souvent, les colis n’ont que quelques jours de retard, mais vous n’êtes pas obligé d’attendre : contactez le vendeur ou signalez-le comme non reçu.',
  'tracker.problem.not_received.title': 'Indiqué comme livré, mais vous ne l’avez pas ?',
  'tracker.problem.not_received.explanation':
    'Vérifiez votre boîte aux lettres, demandez à vos voisins et regardez dans les endroits sûrs. S’il n’y est pas, prévenez-nous : nous vous aiderons à être remboursé ou à recevoir un remplacement.',
  'tracker.not_received_toggle': 'Je ne l’ai pas reçu',
  'tracker.action.contact_seller': 'Contacter le vendeur',
  'tracker.action.report_not_received': 'Signaler un colis non reçu',
  'tracker.action.get_help': 'Obtenir de l’aide',
  'tracker.live.shipment': 'Nouvelle étape pour votre colis : {status}.',
  'tracker.live.order': 'Votre commande est maintenant : {status}.',
  'tracker.offline': 'Vous êtes hors ligne. Le suivi reprendra dès que vous serez de nouveau en ligne.',
  'tracker.online': 'Vous êtes de nouveau en ligne. Le suivi est à jour.',
  'tracker.guest.heading': 'Suivre votre commande',
  'tracker.guest.intro': 'Saisissez votre numéro de commande et l’adresse e-mail utilisée pour commander.',
  'tracker.guest.order_number': 'Numéro de commande',
  'tracker.guest.order_number_hint': 'Il figure dans votre e-mail de confirmation, par exemple TX-1006.',
  'tracker.guest.email': 'Adresse e-mail',
  'tracker.guest.submit': 'Suivre la commande',
  'tracker.guest.submitting': 'Recherche de votre commande…',
  'tracker.guest.summary': 'Vérifiez les informations ci-dessous',
  'tracker.guest.order_number_missing': 'Saisissez votre numéro de commande.',
  'tracker.guest.email_invalid': 'Saisissez l’adresse e-mail utilisée pour commander, par exemple nom@exemple.com.',
  'tracker.guest.not_found':
    'Aucune commande ne correspond à ce numéro et à cette adresse e-mail. Vérifiez les deux, puis réessayez.',
  'tracker.status_other.label': 'Statut : mise à jour en cours',
  'tracker.status_other.explanation':
    'Votre commande en est à une étape que cette page ne sait pas encore décrire. Revenez plus tard ou contactez le vendeur.',
  'tracker.tag_other.label': 'Nouvelle du transporteur',
  'tracker.tag_other.explanation':
    'Le transporteur a envoyé une information que cette page ne sait pas encore décrire. Vous trouverez les détails sur son site.',
} as const satisfies CompleteCatalog<'tracker'>;

export default fr;
