import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The help assistant in Italian. */
const it = {
  'assistant.heading': 'Aiuto',
  'assistant.launcher': 'Ottieni aiuto',
  'assistant.close': 'Chiudi aiuto',
  'assistant.loading': 'Stiamo guardando i tuoi ordini…',
  'assistant.suggestions_heading': 'Cosa richiede la tua attenzione',
  'assistant.recent_heading': 'Niente richiede la tua attenzione. I tuoi ordini recenti:',
  'assistant.no_orders': 'Non hai ancora ordini.',
  'assistant.updated': 'Suggerimenti aggiornati.',
  'assistant.payment_failed.text': 'Il pagamento dell’ordine {number} non è andato a buon fine. {reason}',
  'assistant.parcel_exception.text': 'Un pacco dell’ordine {number} ha un problema di consegna.',
  'assistant.parcel_failed_attempt.text':
    'Il corriere ha provato a consegnare un pacco dell’ordine {number}, senza riuscirci.',
  'assistant.parcel_expired.text': 'Il corriere non invia più notizie su un pacco dell’ordine {number}.',
  'assistant.parcel_late.text': 'Un pacco dell’ordine {number} è in ritardo: sarebbe dovuto già arrivare.',
  'assistant.payment_pending.text':
    'L’ordine {number} è in attesa di pagamento. Paga ora per farlo spedire, oppure annullalo dall’ordine.',
  'assistant.order_help.text': 'Ordine {number}: {status}. Se qualcosa non va, dillo al venditore.',
  'assistant.action.pay_now': 'Paga ora',
  'assistant.dispute_reply_needed.text': 'La tua pratica sull’ordine {number} aspetta una tua risposta.',
  'assistant.refund_approved.text':
    'Il rimborso di {amount} per l’ordine {number} è in arrivo. Dovrebbe arrivarti entro il {date}.',
  'assistant.recent_order.text': 'Ordine {number}, {date}, {total}: {status}',
  'assistant.unknown.text': 'Qualcosa nell’ordine {number} potrebbe richiedere la tua attenzione.',
  'assistant.action.try_another_card': 'Prova un’altra carta',
  'assistant.action.report_problem': 'Segnala un problema',
  'assistant.action.reply_to_dispute': 'Rispondi entro il {date}',
  'assistant.action.view_refund': 'Vedi il rimborso',
  'assistant.action.view_order': 'Vedi l’ordine {number}',
  'assistant.action.unknown': 'Apri l’ordine {number}',
  'assistant.check.button': 'Controlla la mia connessione',
  'assistant.check.heading': 'Controllo della connessione',
  'assistant.check.running': 'Controllo della connessione in corso…',
  'assistant.check.done': 'Controllo finito: {passed} su {total} a posto.',
  'assistant.check.ok': 'A posto',
  'assistant.check.problem': 'Problema',
  'assistant.check.api.ok': 'Il servizio risponde in {ms} ms.',
  'assistant.check.api.slow': 'Il servizio risponde, ma lentamente ({ms} ms). Le pagine potrebbero essere lente.',
  'assistant.check.api.fail': 'Non riusciamo a raggiungere il servizio. Controlla la connessione e riprova.',
  'assistant.check.stream.ok': 'Gli aggiornamenti in tempo reale funzionano.',
  'assistant.check.stream.fail':
    'Gli aggiornamenti in tempo reale non si aprono qui. Tutto funziona comunque; ricarica per vedere le novità.',
  'assistant.check.storage.ok': 'Questo dispositivo può salvare le tue bozze.',
  'assistant.check.storage.fail':
    'Questo browser non può salvare bozze (navigazione privata?). Completa i moduli in una volta.',
  'assistant.check.browser.ok': 'Il tuo browser ha tutto ciò che serve a queste pagine.',
  'assistant.check.browser.fail': 'Al tuo browser manca {features}. Aggiornalo o prova un altro browser.',
  'assistant.check.clock.ok': 'L’orologio del tuo dispositivo è giusto.',
  'assistant.check.clock.fail': 'L’orologio del tuo dispositivo è sfasato di {minutes} min. Impostalo in automatico.',
  'assistant.check.copy': 'Copia i dettagli per l’assistenza',
  'assistant.check.copied': 'Dettagli copiati. Incollali nel messaggio all’assistenza.',
  'assistant.check.copy_failed': 'Impossibile copiare. Seleziona i dettagli qui sotto e copiali tu.',
  'assistant.check.details': 'Dettagli per l’assistenza (nessun dato personale)',
  'assistant.check.again': 'Controlla di nuovo',
  'assistant.back': 'Torna ai suggerimenti',
} as const satisfies CompleteCatalog<'assistant'>;

export default it;
