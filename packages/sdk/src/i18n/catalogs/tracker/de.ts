import type { CompleteCatalog } from '../../catalog.js';

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
} as const satisfies CompleteCatalog<'tracker'>;

export default de;
