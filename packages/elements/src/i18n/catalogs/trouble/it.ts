import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Italian. */
const it = {
  'trouble.heading': 'Transazione non riuscita',
  'trouble.payments': 'Pagamenti non riusciti',
  'trouble.none': 'Nessuno dei tuoi ordini recenti ha un pagamento non riuscito.',
  'trouble.pick': 'Quale pagamento non è riuscito?',
  'trouble.attempt': 'Ordine {number}, {total}, {date}',
  'trouble.cause': 'Perché:',
  'trouble.steps': 'Cosa fare:',
  'trouble.step.address': 'Controlla che l’indirizzo di fatturazione sia quello che la tua banca ha per questa carta.',
  'trouble.step.kept': 'L’ordine {number} resta valido: pagalo con un’altra carta e non perdi nulla.',
  'trouble.address': 'Problemi con l’indirizzo',
  'trouble.country': 'Paese di spedizione',
  'trouble.field.name': 'Nome e cognome: obbligatorio.',
  'trouble.field.line1': 'Via e numero civico: obbligatorio.',
  'trouble.field.city': 'Città: obbligatoria.',
  'trouble.field.region_required': 'Stato, provincia o regione: obbligatorio in {country}.',
  'trouble.field.region_optional': 'Stato, provincia o regione: facoltativo in {country}.',
  'trouble.field.postal_required': 'CAP: obbligatorio in {country}, nel formato locale.',
  'trouble.field.postal_optional': 'CAP: facoltativo in {country}.',
  'trouble.field.postal_none': 'CAP: {country} non lo usa, lascia il campo vuoto.',
  'trouble.field.phone': 'Telefono: facoltativo, solo per il corriere.',
  'trouble.postal.label': 'Controlla un CAP di {country}',
  'trouble.postal.check': 'Controlla',
  'trouble.postal.ok': '{code} è un CAP valido per {country}.',
  'trouble.postal.invalid': '{code} non è un CAP di {country}. Copialo da una lettera inviata a quell’indirizzo.',
  'trouble.postal.empty': 'Inserisci un CAP, poi scegli Controlla.',
} as const satisfies CompleteCatalog<'trouble'>;

export default it;
