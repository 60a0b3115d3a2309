import type { CompleteCatalog } from '../../catalog.js';

/** Italian, with "tu", the usual register of Italian shopping apps. */
const it = {
  'status.unpaid.label': 'In attesa di pagamento',
  'status.unpaid.explanation':
    'Non abbiamo ancora ricevuto il tuo pagamento. Completalo così il venditore può preparare il tuo ordine.',
  'status.on_hold.label': 'In sospeso',
  'status.on_hold.explanation':
    'Il pagamento è andato a buon fine. Per poco tempo puoi ancora annullare da solo, prima che il venditore inizi a preparare l’ordine.',
  'status.awaiting_shipment.label': 'In preparazione',
  'status.awaiting_shipment.explanation':
    'Il venditore sta imballando il tuo ordine. Vedrai i dati di tracciamento appena verrà spedito.',
  'status.partially_shipped.label': 'Spedito in parte',
  'status.partially_shipped.explanation':
    'Alcuni dei tuoi articoli sono già in viaggio. Gli altri arriveranno in un altro pacco.',
  'status.awaiting_collection.label': 'In attesa del corriere',
  'status.awaiting_collection.explanation': 'Il tuo pacco è pronto e aspetta che il corriere passi a ritirarlo.',
  'status.in_transit.label': 'In viaggio',
  'status.in_transit.explanation': 'Il corriere ha il tuo pacco e te lo sta portando.',
  'status.delivered.label': 'Consegnato',
  'status.delivered.explanation':
    'Secondo il corriere il tuo pacco è stato consegnato. Se c’è qualche problema, puoi ancora chiedere un rimborso o un reso.',
  'status.completed.label': 'Completato',
  'status.completed.explanation': 'Questo ordine è completato. Il periodo per il reso è terminato.',
  'status.cancelled.label': 'Annullato',
  'status.cancelled.explanation':
    'Questo ordine è stato annullato. Se hai già pagato, riceverai il rimborso sul metodo di pagamento originale.',

  'error.code': 'Codice errore: {code}',
  'error.retry': 'Riprova',
  'error.retrying': 'Nuovo tentativo…',
  'error.not_configured.title': 'Questa pagina non è configurata correttamente',
  'error.not_configured.next_step': 'Contatta il venditore indicando il codice errore.',
  'error.network.title': 'Al momento non riusciamo a connetterci',
  'error.network.next_step': 'Controlla la connessione a internet e riprova.',
} as const satisfies CompleteCatalog<'core'>;

export default it;
