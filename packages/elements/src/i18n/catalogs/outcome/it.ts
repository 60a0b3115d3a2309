import type { CompleteCatalog } from '@txassist/sdk/i18n';

const it = {
  'outcome.declined.heading': 'Il pagamento non è andato a buon fine',
  'outcome.declined.kept': 'Tutto il resto che hai inserito è ancora qui. Devi solo reinserire i dati della carta.',
  'outcome.challenge.heading': 'Conferma che sei tu',
  'outcome.challenge.code': 'Codice di verifica',
  'outcome.challenge.code_hint': 'Puoi incollare il codice. Scade alle {time}.',
  'outcome.challenge.verify': 'Verifica e paga',
  'outcome.challenge.resend': 'Invia un nuovo codice',
  'outcome.challenge.resend_wait': 'Potrai chiedere un nuovo codice tra {seconds} s.',
  'outcome.challenge.resent': 'Abbiamo inviato un nuovo codice. Vale solo il più recente.',
  'outcome.challenge.attempts_left': 'Tentativi rimasti: {count}',
  'outcome.challenge.required': 'Inserisci il codice di 6 cifre che ti abbiamo inviato.',
  'outcome.challenge.format': 'Il codice ha 6 cifre. Controllalo e inseriscilo di nuovo.',
  'outcome.challenge.wrong': 'Il codice non è corretto. Controlla il messaggio più recente e riprova.',
  'outcome.challenge.expired': 'Questo codice è scaduto. Chiedi un nuovo codice e inseriscilo.',
  'outcome.challenge.locked':
    'Troppi codici errati: abbiamo bloccato questo pagamento per proteggerti. Scegli un altro metodo di pagamento o riprova più tardi.',
  'outcome.challenge.verifying': 'Verifica del codice…',
  'outcome.wallet.returned': 'Bentornato. Stiamo confermando il pagamento con TxPay…',
  'outcome.wallet.cancelled': 'Hai lasciato TxPay senza pagare. Scegli come vuoi pagare e riprova.',
  'outcome.on_hold.heading': 'L’ordine è stato effettuato ed è in attesa di un breve controllo',
  'outcome.on_hold.body':
    'Stiamo controllando questo pagamento prima di preparare l’ordine. Non devi fare nulla: ti scriveremo un’e-mail appena finito, di solito entro un giorno.',
  'outcome.confirmation.heading': 'Grazie, il tuo ordine è stato effettuato',
  'outcome.confirmation.number': 'Numero d’ordine: {number}',
  'outcome.confirmation.paid': '{total} pagati con {method}',
  'outcome.confirmation.cod_due': 'Tieni pronti {total} per il corriere.',
  'outcome.confirmation.track': 'Segui l’ordine',
  'outcome.confirmation.next_heading': 'Cosa succede ora',
  'outcome.confirmation.next':
    'Il venditore sta preparando il tuo ordine. Ti avviseremo quando sarà in viaggio e puoi seguirlo quando vuoi con il numero d’ordine.',
  'outcome.failure.network':
    'Non siamo riusciti a raggiungere il negozio. Controlla la connessione e riprova. Non ti verrà addebitato nulla due volte.',
  'outcome.failure.generic':
    'Qualcosa è andato storto da parte nostra. Riprova tra poco; non ti verrà addebitato nulla due volte.',
} as const satisfies CompleteCatalog<'outcome'>;

export default it;
