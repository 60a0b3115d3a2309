import type { CompleteCatalog } from '../../catalog.js';

/** Swedish, with "du" as Swedish shops, Klarna and PostNord address buyers. */
const sv = {
  'status.unpaid.label': 'Väntar på betalning',
  'status.unpaid.explanation':
    'Vi har inte fått din betalning än. Slutför betalningen så att säljaren kan förbereda din beställning.',
  'status.on_hold.label': 'Pausad',
  'status.on_hold.explanation':
    'Din betalning har gått igenom. Under en kort tid kan du fortfarande avbryta själv innan säljaren börjar förbereda beställningen.',
  'status.awaiting_shipment.label': 'Förbereds för leverans',
  'status.awaiting_shipment.explanation':
    'Säljaren packar din beställning. Du ser spårningsuppgifterna när den har skickats.',
  'status.partially_shipped.label': 'Delvis skickad',
  'status.partially_shipped.explanation': 'En del av dina varor är på väg. Resten kommer i ett annat paket.',
  'status.awaiting_collection.label': 'Väntar på transportören',
  'status.awaiting_collection.explanation': 'Ditt paket är klart och väntar på att transportören ska hämta det.',
  'status.in_transit.label': 'På väg',
  'status.in_transit.explanation': 'Transportören har ditt paket och är på väg till dig med det.',
  'status.delivered.label': 'Levererad',
  'status.delivered.explanation':
    'Enligt transportören har ditt paket levererats. Om något är fel kan du fortfarande begära återbetalning eller retur.',
  'status.completed.label': 'Slutförd',
  'status.completed.explanation': 'Beställningen är slutförd. Returperioden har gått ut.',
  'status.cancelled.label': 'Avbruten',
  'status.cancelled.explanation':
    'Beställningen har avbrutits. Om du har betalat går pengarna tillbaka till det betalsätt du använde.',

  'error.code': 'Felkod: {code}',
  'error.retry': 'Försök igen',
  'error.retrying': 'Försöker igen…',
  'error.not_configured.title': 'Sidan är inte rätt konfigurerad',
  'error.not_configured.next_step': 'Kontakta säljaren och uppge felkoden.',
  'error.network.title': 'Vi kan inte ansluta just nu',
  'error.network.next_step': 'Kontrollera din internetanslutning och försök igen.',
} as const satisfies CompleteCatalog<'core'>;

export default sv;
