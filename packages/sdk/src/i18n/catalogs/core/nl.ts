import type { CompleteCatalog } from '../../catalog.js';

/** Dutch, with “je” as Dutch shops and payment services (bol.com, Shopify, Stripe) address buyers. */
const nl = {
  'status.unpaid.label': 'Wacht op betaling',
  'status.unpaid.explanation':
    'We hebben je betaling nog niet ontvangen. Rond de betaling af, zodat de verkoper je bestelling kan klaarmaken.',
  'status.on_hold.label': 'In de wacht',
  'status.on_hold.explanation':
    'Je betaling is gelukt. Nog even kun je zelf annuleren, voordat de verkoper je bestelling gaat klaarmaken.',
  'status.awaiting_shipment.label': 'Wordt klaargemaakt voor verzending',
  'status.awaiting_shipment.explanation':
    'De verkoper pakt je bestelling in. Zodra die verzonden is, zie je de trackinggegevens.',
  'status.partially_shipped.label': 'Gedeeltelijk verzonden',
  'status.partially_shipped.explanation': 'Een deel van je artikelen is onderweg. De rest volgt in een ander pakket.',
  'status.awaiting_collection.label': 'Wacht op de vervoerder',
  'status.awaiting_collection.explanation': 'Je pakket ligt klaar en wacht tot de vervoerder het ophaalt.',
  'status.in_transit.label': 'Onderweg',
  'status.in_transit.explanation': 'De vervoerder heeft je pakket en brengt het naar je toe.',
  'status.delivered.label': 'Bezorgd',
  'status.delivered.explanation':
    'Volgens de vervoerder is je pakket bezorgd. Is er iets mis mee, dan kun je nog om een terugbetaling of retour vragen.',
  'status.completed.label': 'Afgerond',
  'status.completed.explanation': 'Deze bestelling is afgerond. De retourtermijn is voorbij.',
  'status.cancelled.label': 'Geannuleerd',
  'status.cancelled.explanation':
    'Deze bestelling is geannuleerd. Heb je al betaald, dan gaat het geld terug naar je oorspronkelijke betaalmethode.',
  'error.code': 'Foutcode: {code}',
  'error.retry': 'Opnieuw proberen',
  'error.retrying': 'Opnieuw proberen…',
  'error.not_configured.title': 'Deze pagina is niet goed ingesteld',
  'error.not_configured.next_step': 'Neem contact op met de verkoper en noem de foutcode.',
  'error.network.title': 'We kunnen nu geen verbinding maken',
  'error.network.next_step': 'Controleer je internetverbinding en probeer het opnieuw.',
} as const satisfies CompleteCatalog<'core'>;

export default nl;
