import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Danish. */
const da = {
  'support.heading': 'Tal med en person',
  'support.hours': 'Vores team svarer {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'Forventet første svar: inden for {duration}.',
  'support.context_intro': 'Medarbejderen kan se:',
  'support.context.order': 'Ordrestatus: {status}',
  'support.context.payment': 'Seneste betalingsproblem: {code}',
  'support.context.cases': 'Åbne sager: {count}',
  'support.context.none': 'Ingen ordre valgt.',
  'support.topic': 'Emne',
  'support.topic.payment': 'En betaling',
  'support.topic.delivery': 'En levering',
  'support.topic.refund': 'En refusion eller returnering',
  'support.topic.dispute': 'En tvist',
  'support.topic.account': 'Min konto',
  'support.topic.other': 'Noget andet',
  'support.order': 'Ordre (valgfrit)',
  'support.order.none': 'Ingen ordre',
  'support.message': 'Din besked',
  'support.message_empty': 'Skriv din besked først.',
  'support.send': 'Send',
  'support.thread': 'Samtale',
  'support.author.buyer': 'Dig',
  'support.author.agent': 'Support',
  'support.status.open': 'Venter på svar',
  'support.status.answered': 'Besvaret',
  'support.status.closed': 'Lukket',
  'support.reply': 'Svar',
  'support.send_reply': 'Send svar',
  'support.close': 'Afslut samtalen',
  'support.sent': 'Beskeden er sendt.',
  'support.replied': 'Support har svaret.',
  'support.closed': 'Samtalen er afsluttet.',
} as const satisfies CompleteCatalog<'support'>;

export default da;
