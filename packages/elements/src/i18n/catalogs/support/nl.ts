import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Dutch, with “je” as Dutch shops and payment services (bol.com, Shopify, Stripe) address buyers. */
const nl = {
  'support.heading': 'Met een medewerker praten',
  'support.hours': 'Ons team antwoordt {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'Verwacht eerste antwoord: binnen {duration}.',
  'support.context_intro': 'De medewerker ziet:',
  'support.context.order': 'Status van de bestelling: {status}',
  'support.context.payment': 'Laatste betaalprobleem: {code}',
  'support.context.cases': 'Open zaken: {count}',
  'support.context.none': 'Geen bestelling gekozen.',
  'support.topic': 'Onderwerp',
  'support.topic.payment': 'Een betaling',
  'support.topic.delivery': 'Een bezorging',
  'support.topic.refund': 'Een terugbetaling of retour',
  'support.topic.dispute': 'Een geschil',
  'support.topic.account': 'Mijn account',
  'support.topic.other': 'Iets anders',
  'support.order': 'Bestelling (optioneel)',
  'support.order.none': 'Geen bestelling',
  'support.message': 'Je bericht',
  'support.message_empty': 'Schrijf eerst je bericht.',
  'support.send': 'Versturen',
  'support.thread': 'Gesprek',
  'support.author.buyer': 'Jij',
  'support.author.agent': 'Klantenservice',
  'support.status.open': 'Wacht op antwoord',
  'support.status.answered': 'Beantwoord',
  'support.status.closed': 'Gesloten',
  'support.reply': 'Antwoorden',
  'support.send_reply': 'Antwoord versturen',
  'support.close': 'Gesprek sluiten',
  'support.sent': 'Bericht verstuurd.',
  'support.replied': 'De klantenservice heeft geantwoord.',
  'support.closed': 'Gesprek gesloten.',
} as const satisfies CompleteCatalog<'support'>;

export default nl;
