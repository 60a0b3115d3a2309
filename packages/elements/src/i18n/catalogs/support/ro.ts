import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Romanian. */
const ro = {
  'support.heading': 'Vorbiți cu o persoană',
  'support.hours': 'Echipa noastră răspunde {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'Primul răspuns estimat: în {duration}.',
  'support.context_intro': 'Agentul va vedea:',
  'support.context.order': 'Starea comenzii: {status}',
  'support.context.payment': 'Ultima problemă de plată: {code}',
  'support.context.cases': 'Cazuri deschise: {count}',
  'support.context.none': 'Nicio comandă selectată.',
  'support.topic': 'Subiect',
  'support.topic.payment': 'O plată',
  'support.topic.delivery': 'O livrare',
  'support.topic.refund': 'O rambursare sau un retur',
  'support.topic.dispute': 'O dispută',
  'support.topic.account': 'Contul meu',
  'support.topic.other': 'Altceva',
  'support.order': 'Comandă (opțional)',
  'support.order.none': 'Nicio comandă',
  'support.message': 'Mesajul dvs.',
  'support.message_empty': 'Scrieți mai întâi mesajul.',
  'support.send': 'Trimiteți',
  'support.thread': 'Conversație',
  'support.author.buyer': 'Dvs.',
  'support.author.agent': 'Asistență',
  'support.status.open': 'Așteaptă răspuns',
  'support.status.answered': 'Cu răspuns',
  'support.status.closed': 'Închisă',
  'support.reply': 'Răspundeți',
  'support.send_reply': 'Trimiteți răspunsul',
  'support.close': 'Închideți conversația',
  'support.sent': 'Mesaj trimis.',
  'support.replied': 'Echipa de asistență a răspuns.',
  'support.closed': 'Conversație închisă.',
} as const satisfies CompleteCatalog<'support'>;

export default ro;
