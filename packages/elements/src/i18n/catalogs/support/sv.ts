import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Swedish. */
const sv = {
  'support.heading': 'Prata med en person',
  'support.hours': 'Vårt team svarar {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'Förväntat första svar: inom {duration}.',
  'support.context_intro': 'Handläggaren ser:',
  'support.context.order': 'Beställningens status: {status}',
  'support.context.payment': 'Senaste betalningsproblem: {code}',
  'support.context.cases': 'Öppna ärenden: {count}',
  'support.context.none': 'Ingen beställning vald.',
  'support.topic': 'Ämne',
  'support.topic.payment': 'En betalning',
  'support.topic.delivery': 'En leverans',
  'support.topic.refund': 'En återbetalning eller retur',
  'support.topic.dispute': 'En tvist',
  'support.topic.account': 'Mitt konto',
  'support.topic.other': 'Något annat',
  'support.order': 'Beställning (valfritt)',
  'support.order.none': 'Ingen beställning',
  'support.message': 'Ditt meddelande',
  'support.message_empty': 'Skriv ditt meddelande först.',
  'support.send': 'Skicka',
  'support.thread': 'Konversation',
  'support.author.buyer': 'Du',
  'support.author.agent': 'Support',
  'support.status.open': 'Väntar på svar',
  'support.status.answered': 'Besvarad',
  'support.status.closed': 'Avslutad',
  'support.reply': 'Svar',
  'support.send_reply': 'Skicka svar',
  'support.close': 'Avsluta konversationen',
  'support.sent': 'Meddelandet har skickats.',
  'support.replied': 'Supporten har svarat.',
  'support.closed': 'Konversationen är avslutad.',
} as const satisfies CompleteCatalog<'support'>;

export default sv;
