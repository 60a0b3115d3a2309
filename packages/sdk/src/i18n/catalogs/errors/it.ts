import type { CompleteCatalog } from '../../catalog.js';

/** Italian, with "tu", the usual register of Italian shopping apps. */
const it = {
  'error.request_invalid.title': 'Qualcosa non ha funzionato in questa pagina',
  'error.request_invalid.next_step':
    'Ricarica la pagina e riprova. Se succede ancora, contatta il venditore indicando il codice errore.',
  'error.validation_failed.title': 'Alcuni dati mancano o non sono validi',
  'error.validation_failed.next_step': 'Controlla i campi evidenziati e riprova.',
  'error.payload_too_large.title': 'Quello che hai inviato è troppo grande',
  'error.payload_too_large.next_step': 'Invia meno file, o file più piccoli, e riprova.',
  'error.unauthenticated.title': 'La tua sessione è scaduta',
  'error.unauthenticated.next_step': 'Accedi di nuovo a questo sito e ricarica la pagina.',
  'error.forbidden.title': 'Questo non è disponibile per il tuo account',
  'error.forbidden.next_step': 'Controlla di aver effettuato l’accesso con l’account usato per l’ordine.',
  'error.not_found.title': 'Non troviamo quello che cerchi',
  'error.not_found.next_step': 'Controlla il link o il numero e di aver effettuato l’accesso con l’account giusto.',
  'error.in_progress.title': 'Stiamo ancora elaborando la tua ultima richiesta',
  'error.in_progress.next_step': 'Attendi un momento e riprova.',
  'error.action_unavailable.title': 'Per questo ordine non è più possibile',
  'error.action_unavailable.next_step': 'Ricarica la pagina per vedere lo stato attuale dell’ordine e cosa puoi fare.',
  'error.rate_limited.title': 'Troppi tentativi',
  'error.rate_limited.next_step': 'Attendi un minuto e riprova.',
  'error.server_error.title': 'Qualcosa è andato storto da parte nostra',
  'error.server_error.next_step':
    'Attendi qualche minuto e riprova. Se succede ancora, contatta il venditore indicando il codice errore.',
  'error.unavailable.title': 'Questo servizio non è disponibile al momento',
  'error.unavailable.next_step': 'Il problema è nostro. Attendi qualche minuto e riprova.',
  'error.timeout.title': 'Ci sta mettendo troppo',
  'error.timeout.next_step': 'Attendi un momento e riprova.',
  'error.sign_in_failed.title': 'L’email o la password non sono corrette',
  'error.sign_in_failed.next_step': 'Controllale e riprova.',
  'error.code_required.title': 'Inserisci il codice di verifica',
  'error.code_required.next_step': 'Apri l’app di autenticazione e inserisci il codice che mostra.',
  'error.code_invalid.title': 'Il codice non è corretto o è scaduto',
  'error.code_invalid.next_step': 'Inserisci il codice più recente dell’app di autenticazione.',
  'error.consent_required.title': 'Questo consenso serve per i tuoi ordini',
  'error.consent_required.next_step': 'Lascialo attivo finché hai ordini in corso.',
  'error.erasure_blocked.title': 'Non possiamo ancora eliminare i tuoi dati',
  'error.erasure_blocked.next_step': 'Servono ancora a un ordine o a una pratica aperta. Riprova quando sarà chiusa.',
  'error.gone.title': 'Non è più disponibile',
  'error.gone.next_step': 'Richiedilo di nuovo per averne uno nuovo.',
  'error.unexpected.title': 'Qualcosa è andato storto',
  'error.unexpected.next_step': 'Riprova. Se succede ancora, contatta il venditore indicando il codice errore.',
} as const satisfies CompleteCatalog<'errors'>;

export default it;
