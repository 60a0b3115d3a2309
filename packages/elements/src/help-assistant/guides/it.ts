import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in Italian. */
export default {
  payment_method: {
    title: 'Aggiungere o cambiare un metodo di pagamento',
    keywords: 'carta credito debito portafoglio pagare pagamento rifiutato carta salvata',
    steps: [
      'Apri il tuo acquisto e vai al passaggio Pagamento (scegli Modifica se l’hai già completato).',
      'Scegli una carta salvata, inserisci una nuova carta, paga con il portafoglio TxPay o scegli il pagamento alla consegna dove è offerto. Una carta scaduta non si può scegliere.',
      'Vai a Riepilogo e scegli Ordina e paga.',
      'Se un pagamento è stato rifiutato, scegli Prova un’altra carta in Aiuto: indirizzo e spedizione restano salvati.',
    ],
  },
  track_parcel: {
    title: 'Tracciare un pacco',
    keywords: 'consegna spedizione pacco numero di tracciamento corriere dov’è il mio ordine ritardo',
    steps: [
      'Apri i tuoi ordini e scegli l’ordine.',
      'Ogni pacco mostra lo stato, quando dovrebbe arrivare, il corriere e il numero di tracciamento (Copia lo copia).',
      'Scegli Mostra tutti gli aggiornamenti per vedere ogni notizia del corriere, dalla più recente.',
      'Se un pacco è in ritardo o ha un problema, scegli Contatta il venditore, Segnala mancata consegna o Chiedi aiuto.',
    ],
  },
  request_refund: {
    title: 'Chiedere un rimborso',
    keywords: 'soldi indietro rimborso annullare',
    steps: [
      'Apri l’ordine e scegli Chiedi un rimborso. La pagina indica fino a quando puoi chiederlo.',
      'Scegli Rimborso, gli articoli e le quantità, e un motivo (la nota è facoltativa).',
      'Controlla l’importo e invia la richiesta. Il venditore deve rispondere entro la data indicata; altrimenti è approvata.',
      'Segui la richiesta nella stessa pagina: accetta o rifiuta un’offerta parziale, o annulla la richiesta finché è possibile.',
    ],
  },
  start_return: {
    title: 'Avviare un reso',
    keywords: 'reso restituire cambio sostituzione etichetta',
    steps: [
      'Apri l’ordine, scegli Chiedi un rimborso e poi Reso e rimborso (o Sostituzione).',
      'Scegli gli articoli e le quantità, indica un motivo e invia la richiesta.',
      'Quando il venditore accetta, compare l’etichetta di reso con il corriere, il numero di tracciamento e la data entro cui spedire.',
      'Spedisci il pacco e scegli L’ho spedito. Il rimborso arriva quando il venditore lo riceve.',
    ],
  },
  open_dispute: {
    title: 'Aprire una contestazione',
    keywords: 'contestazione reclamo problema non ricevuto danneggiato articolo sbagliato caso',
    steps: [
      'Apri l’ordine e scegli Segnala un problema.',
      'Scegli un motivo e gli articoli, descrivi cosa è successo e cosa vuoi: un rimborso, una sostituzione o reso e rimborso.',
      'Aggiungi foto o documenti se li hai, poi invia. La bozza resta su questo dispositivo se esci.',
      'Segui il caso: rispondi all’offerta del venditore e ai messaggi, e scegli Fai decidere il nostro team quando è proposto.',
    ],
  },
  notifications: {
    title: 'Gestire le notifiche',
    keywords: 'notifiche email SMS messaggi avvisi preferenze disiscriversi',
    steps: [
      'Apri i tuoi ordini e scegli la scheda Impostazioni notifiche.',
      'Ogni tipo di messaggio ha un interruttore per canale, come email o SMS.',
      'Attiva o disattiva un interruttore: la modifica è salvata subito.',
    ],
  },
  your_data: {
    title: 'Scaricare o cancellare i tuoi dati',
    keywords: 'privacy dati personali esportare eliminare cancellare account GDPR',
    steps: [
      'Apri Privacy e scegli Scarica i miei dati. Il file viene preparato; scaricalo quando è pronto.',
      'Per cancellarli, scegli Elimina i miei dati. Vedi cosa viene rimosso e cosa la legge ci obbliga a conservare e perché.',
      'Ordini, rimborsi e contestazioni aperti devono prima concludersi; un ordine non pagato si può annullare lì stesso.',
      'Conferma e i tuoi dati vengono eliminati.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Cerca nelle guide',
  search: 'Cerca',
  list: 'Tutte le guide',
  results: 'Guide su «{query}»:',
  found: 'Guide trovate: {count}.',
  no_results:
    'Nessuna guida corrisponde a «{query}». Prova con altre parole o chiedi aiuto a una persona. Se le pagine non si caricano, controlla la connessione.',
  helpful: 'Ti è stato utile?',
  yes: 'Sì',
  no: 'No',
  thanks: 'Grazie per avercelo detto.',
  back: 'Torna alle guide',
  video: 'Guida video: {title}',
  captions: 'Sottotitoli',
  transcript: 'Trascrizione',
  no_video: 'Questo browser non può riprodurre il video. I passaggi qui sotto dicono lo stesso.',
} satisfies GuideWords;
