// The storefront pages' own words: it (keys as in en.js).
export default {
  'site.nav': 'Sito',
  'nav.orders': 'I tuoi ordini',
  'nav.account': 'Il tuo account',
  language: 'Lingua',
  'buyer.label': 'Acquirente demo',
  'buyer.option': '{name} (acquirente {n})',
  'buyer.switch': 'Cambia acquirente',
  'demo.heading': 'Provalo dal vivo',
  'demo.text':
    'Fai un ordine demo: il corriere simulato lo fa avanzare di un passo ogni pochi secondi e il tracciamento si aggiorna subito. Quando viene spedito, l’email compare nella pagina di cattura.',
  'demo.place': 'Fai un ordine demo',
  'demo.placing': 'Ordine demo in corso…',
  'demo.placed': 'Ordine {number} effettuato e affidato al corriere. Il suo tracciamento è il primo dell’elenco.',
  'demo.failed': 'Non è stato possibile fare l’ordine demo. Controlla che l’API sia in modalità demo e riprova.',
  'orders.loading': 'Caricamento dei tuoi ordini…',
  'orders.none': 'Non hai ancora ordini.',
  'orders.count': 'Ordini mostrati: {count}',
  'orders.failed': 'Non siamo riusciti a caricare i tuoi ordini. Ricarica la pagina per riprovare.',
  'dialog.close': 'Chiudi',
  'dialog.dispute': 'Segnala un problema con il tuo ordine',
  'dialog.contact': 'Contatta il venditore',
  'dialog.refund': 'Chiedi un rimborso, un reso o una sostituzione',
  'dialog.help': 'Ricevi aiuto con il tuo ordine',
  'dialog.disputeCase': 'Il tuo caso',
  'dialog.refundCase': 'La tua richiesta di rimborso',
  'dialog.pay': 'Paga il tuo ordine',
  'dialog.payNumber': 'Paga l’ordine {number}',
  'dialog.helpText':
    'Scegli l’opzione più adatta. Una segnalazione apre un caso: lì parli con il venditore e il nostro team può intervenire.',
  'dialog.contactText':
    'Scrivi al venditore in un caso su questo ordine: il venditore risponde lì e il nostro team può intervenire se non siete d’accordo.',
};
