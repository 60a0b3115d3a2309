import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** German, with "du" as social-commerce apps address buyers (Instagram, TikTok Shop and Vinted do). */
const de = {
  'tracker.heading': 'Bestellung {number}',
  'tracker.loading': 'Deine Bestellung wird geladen …',
  'tracker.loaded': 'Bestellung {number} geladen. Status: {status}.',
  'tracker.placed': 'Bestellt am {date}',
  'tracker.sold_by': 'Verkauft von {seller}',
  'tracker.status_heading': 'Status',
  'tracker.items_heading': { one: '{count} Artikel', other: '{count} Artikel' },
  'tracker.quantity': 'Menge: {count}',
  'tracker.unit_price': 'je {price}',
  'tracker.variant': 'Variante: {variant}',
  'tracker.summary_heading': 'Zahlungsübersicht',
  'tracker.subtotal': 'Zwischensumme',
  'tracker.shipping': 'Versand',
  'tracker.tax': 'Steuern',
  'tracker.discount': 'Rabatt',
  'tracker.total': 'Gesamt',
  'tracker.not_found.title': 'Wir finden diese Bestellung nicht',
  'tracker.not_found.next_step':
    'Prüfe die Bestellnummer in deiner Bestätigungs-E-Mail und ob du mit dem Konto angemeldet bist, mit dem du bestellt hast.',
  'tracker.not_configured.title': 'Die Sendungsverfolgung ist auf dieser Seite nicht eingerichtet',
  'tracker.not_configured.next_step':
    'Sag dem Verkäufer Bescheid, dass der Sendungsverfolgung die Einstellungen fehlen.',
  'tracker.tag.pending.label': 'Warten auf Sendungsdaten',
  'tracker.tag.pending.explanation':
    'Der Verkäufer hat die Sendung angelegt. Der Versanddienst hat noch nichts gemeldet.',
  'tracker.tag.info_received.label': 'Versandetikett erstellt',
  'tracker.tag.info_received.explanation': 'Der Versanddienst hat die Paketdaten und holt das Paket bald ab.',
  'tracker.tag.in_transit.label': 'Unterwegs',
  'tracker.tag.in_transit.explanation': 'Der Versanddienst hat dein Paket und bringt es zu dir.',
  'tracker.tag.out_for_delivery.label': 'In Zustellung',
  'tracker.tag.out_for_delivery.explanation': 'Dein Paket ist beim Zusteller und sollte heute ankommen.',
  'tracker.tag.failed_attempt.label': 'Zustellversuch fehlgeschlagen',
  'tracker.tag.failed_attempt.explanation':
    'Der Versanddienst hat versucht, dein Paket zuzustellen, aber es hat nicht geklappt.',
  'tracker.tag.available_for_pickup.label': 'Abholbereit',
  'tracker.tag.available_for_pickup.explanation':
    'Dein Paket liegt in einer Abholstelle für dich bereit. Bring einen Ausweis und deine Sendungsnummer mit.',
  'tracker.tag.delivered.label': 'Zugestellt',
  'tracker.tag.delivered.explanation': 'Laut Versanddienst wurde dein Paket zugestellt.',
  'tracker.tag.exception.label': 'Problem bei der Zustellung',
  'tracker.tag.exception.explanation':
    'Etwas hält dein Paket auf, zum Beispiel eine Beschädigung, der Zoll oder eine falsche Adresse.',
  'tracker.tag.expired.label': 'Verfolgung beendet',
  'tracker.tag.expired.explanation':
    'Der Versanddienst hat lange nichts gemeldet, deshalb wurde die Sendungsverfolgung beendet.',
  'tracker.shipments_heading': 'Sendungsverfolgung',
  'tracker.no_shipments':
    'Noch wurde nichts verschickt. Die Sendungsverfolgung erscheint hier, sobald der Verkäufer dein Paket an den Versanddienst übergibt.',
  'tracker.parcel_heading': 'Paket {index} von {total}',
  'tracker.parcel_single': 'Dein Paket',
  'tracker.parcel_contents': 'In diesem Paket: {items}',
  'tracker.carrier': 'Versanddienst',
  'tracker.tracking_number': 'Sendungsnummer',
  'tracker.copy': 'Sendungsnummer kopieren',
  'tracker.copied': 'Sendungsnummer kopiert.',
  'tracker.copy_failed': 'Kopieren hat nicht geklappt. Markiere die Sendungsnummer und kopiere sie selbst.',
  'tracker.estimate_range': 'Voraussichtlich zwischen {from} und {to}',
  'tracker.estimate_day': 'Voraussichtlich am {date}',
  'tracker.estimate_relative': 'Kommt {relative} an',
  'tracker.estimate_revised': 'Der Versanddienst hat den Liefertermin geändert.',
  'tracker.delivered_on': 'Zugestellt am {date}',
  'tracker.late': 'Später als erwartet',
  'tracker.timeline_heading': 'Meldungen des Versanddienstes',
  'tracker.timeline_show_all': 'Alle Meldungen anzeigen ({count})',
  'tracker.timeline_show_fewer': 'Weniger Meldungen anzeigen',
  'tracker.no_checkpoints': 'Noch keine Meldungen vom Versanddienst.',
  'tracker.problem.exception.title': 'Bei dieser Zustellung gibt es ein Problem',
  'tracker.problem.exception.explanation':
    'Der Versanddienst hat ein Problem gemeldet und dein Paket bewegt sich gerade nicht. Der Verkäufer kann beim Versanddienst für dich nachfragen.',
  'tracker.problem.failed_attempt.title': 'Der Versanddienst konnte dein Paket nicht zustellen',
  'tracker.problem.failed_attempt.explanation':
    'Meist gibt es am nächsten Werktag einen neuen Versuch, oder das Paket wird in eine Abholstelle gebracht. Wenn niemand zu Hause sein wird, schreib dem Verkäufer.',
  'tracker.problem.expired.title': 'Dieses Paket wird nicht mehr verfolgt',
  'tracker.problem.expired.explanation':
    'Der Versanddienst hat lange nichts gemeldet. Das Paket ist vielleicht verloren gegangen. Frag den Verkäufer oder melde es als nicht erhalten.',
  'tracker.problem.late.title': 'Dein Paket ist verspätet',
  'tracker.problem.late.explanation':
    'Der voraussichtliche Liefertermin ist vorbei. Oft kommen Pakete nur ein paar Tage später, aber du musst nicht warten: Frag den Verkäufer oder melde es als nicht erhalten.',
  'tracker.problem.not_received.title': 'Als zugestellt markiert, aber nicht bei dir?',
  'tracker.problem.not_received.explanation':
    'Schau in deinen Briefkasten, frag bei den Nachbarn und sieh an sicheren Ablageorten nach. Wenn es nicht da ist, sag uns Bescheid: Wir helfen dir, dein Geld zurückzubekommen oder Ersatz zu erhalten.',
  'tracker.not_received_toggle': 'Ich habe es nicht bekommen',
  'tracker.action.contact_seller': 'Verkäufer kontaktieren',
  'tracker.action.report_not_received': 'Als nicht erhalten melden',
  'tracker.action.get_help': 'Hilfe erhalten',
  'tracker.live.shipment': 'Neuigkeit zu deinem Paket: {status}.',
  'tracker.live.order': 'Deine Bestellung ist jetzt: {status}.',
  'tracker.offline': 'Du bist offline. Die Sendungsverfolgung geht weiter, sobald du wieder online bist.',
  'tracker.online': 'Du bist wieder online. Die Sendungsverfolgung ist aktuell.',
  'tracker.guest.heading': 'Bestellung verfolgen',
  'tracker.guest.intro': 'Gib deine Bestellnummer und die E-Mail-Adresse ein, mit der du bestellt hast.',
  'tracker.guest.order_number': 'Bestellnummer',
  'tracker.guest.order_number_hint': 'Sie steht in deiner Bestätigungs-E-Mail, zum Beispiel TX-1006.',
  'tracker.guest.email': 'E-Mail-Adresse',
  'tracker.guest.submit': 'Bestellung verfolgen',
  'tracker.guest.submitting': 'Deine Bestellung wird gesucht …',
  'tracker.guest.summary': 'Prüfe die Angaben unten',
  'tracker.guest.order_number_missing': 'Gib deine Bestellnummer ein.',
  'tracker.guest.email_invalid': 'Gib die E-Mail-Adresse ein, mit der du bestellt hast, zum Beispiel name@beispiel.de.',
  'tracker.guest.not_found':
    'Wir finden keine Bestellung mit dieser Nummer und dieser E-Mail-Adresse. Prüfe beides und versuch es noch einmal.',
  'tracker.other': 'Status: wird aktualisiert',
} as const satisfies CompleteCatalog<'tracker'>;

export default de;
