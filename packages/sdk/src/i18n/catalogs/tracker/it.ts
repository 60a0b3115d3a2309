import type { CompleteCatalog } from '../../catalog.js';

/** Italian, with "tu", the usual register of Italian shopping apps. */
const it = {
  'tracker.heading': 'Ordine {number}',
  'tracker.loading': 'Caricamento dell’ordine…',
  'tracker.loaded': 'Ordine {number} caricato. Stato: {status}.',
  'tracker.placed': 'Effettuato il {date}',
  'tracker.sold_by': 'Venduto da {seller}',
  'tracker.status_heading': 'Stato',
  'tracker.items_heading': { one: '{count} articolo', many: '{count} articoli', other: '{count} articoli' },
  'tracker.quantity': 'Quantità: {count}',
  'tracker.unit_price': '{price} cad.',
  'tracker.variant': 'Opzione: {variant}',
  'tracker.summary_heading': 'Riepilogo del pagamento',
  'tracker.subtotal': 'Subtotale',
  'tracker.shipping': 'Spedizione',
  'tracker.tax': 'Imposte',
  'tracker.discount': 'Sconto',
  'tracker.total': 'Totale',
  'tracker.not_found.title': 'Non troviamo questo ordine',
  'tracker.not_found.next_step':
    'Controlla il numero d’ordine nell’email di conferma e di aver effettuato l’accesso con l’account usato per l’ordine.',
  'tracker.not_configured.title': 'Il tracciamento degli ordini non è configurato in questa pagina',
  'tracker.not_configured.next_step':
    'Contatta il venditore e segnalagli che al tracciamento degli ordini mancano le impostazioni.',
} as const satisfies CompleteCatalog<'tracker'>;

export default it;
