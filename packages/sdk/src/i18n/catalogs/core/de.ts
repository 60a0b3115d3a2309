import type { CompleteCatalog } from '../../catalog.js';

/** German, with "du" as social-commerce apps address buyers (Instagram, TikTok Shop and Vinted do). */
const de = {
  'status.unpaid.label': 'Zahlung ausstehend',
  'status.unpaid.explanation':
    'Deine Zahlung ist noch nicht bei uns eingegangen. Schließ die Zahlung ab, damit der Verkäufer deine Bestellung vorbereiten kann.',
  'status.on_hold.label': 'Zurückgestellt',
  'status.on_hold.explanation':
    'Deine Zahlung ist eingegangen. Für kurze Zeit kannst du noch selbst stornieren, bevor der Verkäufer mit der Bestellung beginnt.',
  'status.awaiting_shipment.label': 'Versand wird vorbereitet',
  'status.awaiting_shipment.explanation':
    'Der Verkäufer packt deine Bestellung. Sobald sie verschickt ist, siehst du hier die Sendungsverfolgung.',
  'status.partially_shipped.label': 'Teilweise versandt',
  'status.partially_shipped.explanation':
    'Ein Teil deiner Artikel ist unterwegs. Der Rest kommt in einem weiteren Paket.',
  'status.awaiting_collection.label': 'Wartet auf Abholung',
  'status.awaiting_collection.explanation':
    'Dein Paket ist fertig und wartet darauf, vom Versanddienst abgeholt zu werden.',
  'status.in_transit.label': 'Unterwegs',
  'status.in_transit.explanation': 'Der Versanddienst hat dein Paket und bringt es zu dir.',
  'status.delivered.label': 'Zugestellt',
  'status.delivered.explanation':
    'Laut Versanddienst wurde dein Paket zugestellt. Stimmt etwas nicht, kannst du noch eine Erstattung oder Rücksendung beantragen.',
  'status.completed.label': 'Abgeschlossen',
  'status.completed.explanation': 'Diese Bestellung ist abgeschlossen. Die Rückgabefrist ist abgelaufen.',
  'status.cancelled.label': 'Storniert',
  'status.cancelled.explanation':
    'Diese Bestellung wurde storniert. Falls du schon bezahlt hast, geht das Geld auf dein ursprüngliches Zahlungsmittel zurück.',

  'error.code': 'Fehlercode: {code}',
  'error.retry': 'Erneut versuchen',
  'error.retrying': 'Neuer Versuch …',
  'error.not_configured.title': 'Diese Seite ist nicht richtig eingerichtet',
  'error.not_configured.next_step': 'Wende dich mit dem Fehlercode an den Verkäufer.',
  'error.network.title': 'Gerade keine Verbindung',
  'error.network.next_step': 'Prüfe deine Internetverbindung und versuch es dann noch einmal.',
} as const satisfies CompleteCatalog<'core'>;

export default de;
