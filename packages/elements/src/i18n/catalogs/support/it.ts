import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Italian. */
const it = {
  'support.heading': 'Parla con una persona',
  'support.hours': 'Il nostro team risponde {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'Prima risposta prevista: entro {duration}.',
  'support.context_intro': 'L’operatore vedrà:',
  'support.context.order': 'Stato dell’ordine: {status}',
  'support.context.payment': 'Ultimo problema di pagamento: {code}',
  'support.context.cases': 'Casi aperti: {count}',
  'support.context.none': 'Nessun ordine scelto.',
  'support.topic': 'Argomento',
  'support.topic.payment': 'Un pagamento',
  'support.topic.delivery': 'Una consegna',
  'support.topic.refund': 'Un rimborso o un reso',
  'support.topic.dispute': 'Una contestazione',
  'support.topic.account': 'Il mio account',
  'support.topic.other': 'Altro',
  'support.order': 'Ordine (facoltativo)',
  'support.order.none': 'Nessun ordine',
  'support.message': 'Il tuo messaggio',
  'support.message_empty': 'Scrivi prima il tuo messaggio.',
  'support.send': 'Invia',
  'support.thread': 'Conversazione',
  'support.author.buyer': 'Tu',
  'support.author.agent': 'Assistenza',
  'support.status.open': 'In attesa di risposta',
  'support.status.answered': 'Risposta data',
  'support.status.closed': 'Chiusa',
  'support.reply': 'Rispondi',
  'support.send_reply': 'Invia risposta',
  'support.close': 'Chiudi conversazione',
  'support.sent': 'Messaggio inviato.',
  'support.replied': 'L’assistenza ha risposto.',
  'support.closed': 'Conversazione chiusa.',
} as const satisfies CompleteCatalog<'support'>;

export default it;
