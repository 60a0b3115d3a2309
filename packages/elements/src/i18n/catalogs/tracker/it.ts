import type { CompleteCatalog } from '@txassist/sdk/i18n';

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
  'tracker.tag.pending.label': 'In attesa del tracciamento',
  'tracker.tag.pending.explanation':
    'Il venditore ha creato la spedizione. Il corriere non ha ancora inviato aggiornamenti.',
  'tracker.tag.info_received.label': 'Etichetta creata',
  'tracker.tag.info_received.explanation': 'Il corriere ha i dati del pacco e lo ritirerà a breve.',
  'tracker.tag.in_transit.label': 'In viaggio',
  'tracker.tag.in_transit.explanation': 'Il corriere ha il tuo pacco e lo sta portando da te.',
  'tracker.tag.out_for_delivery.label': 'In consegna',
  'tracker.tag.out_for_delivery.explanation': 'Il tuo pacco è con il corriere e dovrebbe arrivare oggi.',
  'tracker.tag.failed_attempt.label': 'Tentativo di consegna non riuscito',
  'tracker.tag.failed_attempt.explanation': 'Il corriere ha provato a consegnare il tuo pacco, ma non ci è riuscito.',
  'tracker.tag.available_for_pickup.label': 'Pronto per il ritiro',
  'tracker.tag.available_for_pickup.explanation':
    'Il tuo pacco ti aspetta in un punto di ritiro. Porta un documento d’identità e il numero di tracciamento.',
  'tracker.tag.delivered.label': 'Consegnato',
  'tracker.tag.delivered.explanation': 'Secondo il corriere il tuo pacco è stato consegnato.',
  'tracker.tag.exception.label': 'Problema con la consegna',
  'tracker.tag.exception.explanation':
    'Qualcosa ha bloccato il tuo pacco, per esempio un danno, la dogana o un indirizzo sbagliato.',
  'tracker.tag.expired.label': 'Tracciamento interrotto',
  'tracker.tag.expired.explanation':
    'Il corriere non invia aggiornamenti da molto tempo, quindi il tracciamento si è interrotto.',
  'tracker.shipments_heading': 'Tracciamento',
  'tracker.no_shipments':
    'Non è ancora stato spedito nulla. Il tracciamento compare qui quando il venditore affida il pacco al corriere.',
  'tracker.parcel_heading': 'Pacco {index} di {total}',
  'tracker.parcel_single': 'Il tuo pacco',
  'tracker.parcel_contents': 'In questo pacco: {items}',
  'tracker.carrier': 'Corriere',
  'tracker.tracking_number': 'Numero di tracciamento',
  'tracker.copy': 'Copia il numero di tracciamento',
  'tracker.copied': 'Numero di tracciamento copiato.',
  'tracker.copy_failed': 'Impossibile copiare. Seleziona il numero di tracciamento e copialo tu.',
  'tracker.estimate_range': 'Consegna prevista tra il {from} e il {to}',
  'tracker.estimate_day': 'Consegna prevista il {date}',
  'tracker.estimate_relative': 'Arriva {relative}',
  'tracker.estimate_revised': 'Il corriere ha cambiato la data prevista.',
  'tracker.delivered_on': 'Consegnato il {date}',
  'tracker.late': 'In ritardo',
  'tracker.timeline_heading': 'Aggiornamenti del corriere',
  'tracker.timeline_show_all': 'Mostra tutti gli aggiornamenti ({count})',
  'tracker.timeline_show_fewer': 'Mostra meno aggiornamenti',
  'tracker.no_checkpoints': 'Ancora nessun aggiornamento dal corriere.',
  'tracker.problem.exception.title': 'C’è un problema con questa consegna',
  'tracker.problem.exception.explanation':
    'Il corriere ha segnalato un problema e al momento il tuo pacco è fermo. Il venditore può verificare con il corriere al posto tuo.',
  'tracker.problem.failed_attempt.title': 'Il corriere non è riuscito a consegnare il tuo pacco',
  'tracker.problem.failed_attempt.explanation':
    'Di solito riprova il giorno lavorativo successivo o lascia il pacco in un punto di ritiro. Se non ci sarà nessuno a casa, contatta il venditore.',
  'tracker.problem.expired.title': 'Questo pacco non è più tracciato',
  'tracker.problem.expired.explanation':
    'Il corriere non invia aggiornamenti da molto tempo. Il pacco potrebbe essere andato perso. Chiedi al venditore o segnala la mancata ricezione.',
  'tracker.problem.late.title': 'Il tuo pacco è in ritardo',
  'tracker.problem.late.explanation':
    'La data di consegna prevista è passata. Spesso i pacchi tardano solo di qualche giorno, ma non devi aspettare: chiedi al venditore o segnala la mancata ricezione.',
  'tracker.problem.not_received.title': 'Risulta consegnato, ma non ce l’hai?',
  'tracker.problem.not_received.explanation':
    'Controlla la cassetta della posta, chiedi ai vicini e guarda nei posti sicuri. Se non c’è, avvisaci: ti aiuteremo a riavere i soldi o a ricevere un sostituto.',
  'tracker.not_received_toggle': 'Non l’ho ricevuto',
  'tracker.action.contact_seller': 'Contatta il venditore',
  'tracker.action.report_not_received': 'Segnala la mancata ricezione',
  'tracker.action.get_help': 'Ottieni assistenza',
  'tracker.live.shipment': 'Aggiornamento sul tuo pacco: {status}.',
  'tracker.live.order': 'Il tuo ordine ora è: {status}.',
  'tracker.offline': 'Sei offline. Gli aggiornamenti del tracciamento riprendono quando torni online.',
  'tracker.online': 'Sei di nuovo online. Il tracciamento è aggiornato.',
  'tracker.guest.heading': 'Traccia il tuo ordine',
  'tracker.guest.intro': 'Inserisci il numero d’ordine e l’indirizzo email che hai usato per ordinare.',
  'tracker.guest.order_number': 'Numero d’ordine',
  'tracker.guest.order_number_hint': 'Lo trovi nell’email di conferma, per esempio TX-1006.',
  'tracker.guest.email': 'Indirizzo email',
  'tracker.guest.submit': 'Traccia l’ordine',
  'tracker.guest.submitting': 'Ricerca del tuo ordine…',
  'tracker.guest.summary': 'Controlla i dati qui sotto',
  'tracker.guest.order_number_missing': 'Inserisci il numero d’ordine.',
  'tracker.guest.email_invalid': 'Inserisci l’indirizzo email con cui hai ordinato, per esempio nome@esempio.it.',
  'tracker.guest.not_found':
    'Non troviamo nessun ordine con questo numero e questo indirizzo email. Controlla entrambi e riprova.',
  'tracker.status_other.label': 'Stato: in aggiornamento',
  'tracker.status_other.explanation':
    'Il tuo ordine è a un passaggio che questa pagina non sa ancora descrivere. Controlla più tardi o contatta il venditore.',
  'tracker.tag_other.label': 'Aggiornamento dal corriere',
  'tracker.tag_other.explanation':
    'Il corriere ha inviato una novità che questa pagina non sa ancora descrivere. I dettagli sono sul sito del corriere.',
} as const satisfies CompleteCatalog<'tracker'>;

export default it;
