import type { NotificationWording } from './types.js';

/** Emails and text messages in it: each SMS is the subject and, where there is one, the next step. */
const wit: NotificationWording = {
  caseNoun: { dispute: 'contestazione', refund_request: 'richiesta di rimborso' },
  caseSubjects: {
    message_added: 'Nuovo messaggio sul tuo caso per l’ordine {number}',
    offer_received: 'Il venditore ha fatto un’offerta sul tuo caso per l’ordine {number}',
    approved: 'Il tuo caso per l’ordine {number} è stato approvato',
    auto_approved: 'Il tuo caso per l’ordine {number} è stato approvato',
    rejected: 'Il venditore ha rifiutato il tuo caso per l’ordine {number}',
    deadline_passed: 'È scaduto un termine nel tuo caso per l’ordine {number}',
    escalated: 'Il tuo caso per l’ordine {number} è passato al nostro team di assistenza',
    info_requested: 'Ci servono più informazioni sul tuo caso per l’ordine {number}',
    decided: 'È stata presa una decisione sul tuo caso per l’ordine {number}',
    return_label_ready: 'L’etichetta di reso per l’ordine {number} è pronta',
    return_received: 'Il venditore ha ricevuto il tuo reso per l’ordine {number}',
    refund_issued: 'Il rimborso per l’ordine {number} è in arrivo',
    replacement_shipped: 'La sostituzione per l’ordine {number} è stata spedita',
  },
  caseSms: {
    message_added: 'Nuovo messaggio sul tuo caso per l’ordine {number}. Apri la pagina dell’ordine per leggerlo.',
    offer_received:
      'Il venditore ha fatto un’offerta sul tuo caso per l’ordine {number}. Apri la pagina dell’ordine per rispondere.',
    approved: 'Il tuo caso per l’ordine {number} è stato approvato.',
    auto_approved: 'Il tuo caso per l’ordine {number} è stato approvato.',
    rejected:
      'Il venditore ha rifiutato il tuo caso per l’ordine {number}. Apri la pagina dell’ordine per vedere le tue opzioni.',
    deadline_passed:
      'È scaduto un termine nel tuo caso per l’ordine {number}. Apri la pagina dell’ordine per il passo successivo.',
    escalated: 'Il tuo caso per l’ordine {number} è passato al nostro team di assistenza.',
    info_requested:
      'Ci servono più informazioni sul tuo caso per l’ordine {number}. Apri la pagina dell’ordine per rispondere.',
    decided: 'È stata presa una decisione sul tuo caso per l’ordine {number}. Apri la pagina dell’ordine per vederla.',
    return_label_ready:
      'L’etichetta di reso per l’ordine {number} è pronta. Apri la pagina dell’ordine per scaricarla.',
    return_received: 'Il venditore ha ricevuto il tuo reso per l’ordine {number}.',
    refund_issued: 'Il rimborso per l’ordine {number} è in arrivo.',
    replacement_shipped: 'La sostituzione per l’ordine {number} è stata spedita.',
  },
  caseSubjectOther: 'Novità sul tuo caso per l’ordine {number}',
  caseSmsOther: 'Novità sul tuo caso per l’ordine {number}.',
  caseText: '{subject}. Accedi e apri l’ordine per vedere i dettagli e cosa puoi fare adesso.',
  statusSubjects: {
    awaiting_shipment: 'Il tuo ordine {number} è confermato',
    in_transit: 'Il tuo ordine {number} è in viaggio',
    delivered: 'Il tuo ordine {number} è stato consegnato',
    cancelled: 'Il tuo ordine {number} è stato annullato',
  },
  milestoneSubjects: {
    out_for_delivery: 'Il tuo ordine {number} è in consegna oggi',
    failed_attempt: 'Non siamo riusciti a consegnare il tuo ordine {number}',
    exception: 'C’è un problema con la consegna dell’ordine {number}',
    available_for_pickup: 'Il tuo ordine {number} è pronto per il ritiro',
    expired: 'Il tracciamento dell’ordine {number} non si aggiorna più',
    delayed: 'Il tuo ordine {number} è in ritardo',
  },
  orderSubjectOther: 'Novità sull’ordine {number}',
  orderText: '{subject}. Apri la pagina dell’ordine per i dettagli.',
  guestTrackText: 'Segui il tuo ordine su {url} con il numero d’ordine {number} e questo indirizzo email.',
  supportReplySubject: 'Il nostro team di assistenza ha risposto alla tua domanda sull’ordine {number}',
  supportReplySubjectNoOrder: 'Il nostro team di assistenza ha risposto alla tua domanda',
  supportReplyText: '{subject}. Accedi e apri la conversazione con l’assistenza per leggere la risposta e rispondere.',
  supportReplySms:
    'Il nostro team di assistenza ha risposto alla tua domanda sull’ordine {number}. Accedi per leggerla.',
  supportReplySmsNoOrder: 'Il nostro team di assistenza ha risposto alla tua domanda. Accedi per leggerla.',
  statusSms: {
    awaiting_shipment: 'Il tuo ordine {number} è confermato.',
    in_transit: 'Il tuo ordine {number} è in viaggio.',
    delivered: 'Il tuo ordine {number} è stato consegnato.',
    cancelled: 'Il tuo ordine {number} è stato annullato.',
  },
  milestoneSms: {
    out_for_delivery: 'Il tuo ordine {number} è in consegna oggi.',
    failed_attempt:
      'Non siamo riusciti a consegnare il tuo ordine {number}. Apri la pagina dell’ordine per il passo successivo.',
    exception:
      'C’è un problema con la consegna dell’ordine {number}. Apri la pagina dell’ordine per il passo successivo.',
    available_for_pickup: 'Il tuo ordine {number} è pronto per il ritiro.',
    expired:
      'Il tracciamento dell’ordine {number} non si aggiorna più. Apri la pagina dell’ordine per il passo successivo.',
    delayed: 'Il tuo ordine {number} è in ritardo. Apri la pagina dell’ordine per la stima più recente.',
  },
  orderSmsOther: 'Novità sull’ordine {number}.',
};

export default wit;
