import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Norwegian Bokmål. */
const nb = {
  'support.heading': 'Snakk med en person',
  'support.hours': 'Teamet vårt svarer {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'Forventet første svar: innen {duration}.',
  'support.context_intro': 'Saksbehandleren ser:',
  'support.context.order': 'Bestillingsstatus: {status}',
  'support.context.payment': 'Siste betalingsproblem: {code}',
  'support.context.cases': 'Åpne saker: {count}',
  'support.context.none': 'Ingen bestilling valgt.',
  'support.topic': 'Emne',
  'support.topic.payment': 'En betaling',
  'support.topic.delivery': 'En levering',
  'support.topic.refund': 'En refusjon eller retur',
  'support.topic.dispute': 'En tvist',
  'support.topic.account': 'Kontoen min',
  'support.topic.other': 'Noe annet',
  'support.order': 'Bestilling (valgfritt)',
  'support.order.none': 'Ingen bestilling',
  'support.message': 'Meldingen din',
  'support.message_empty': 'Skriv meldingen din først.',
  'support.send': 'Send',
  'support.thread': 'Samtale',
  'support.author.buyer': 'Du',
  'support.author.agent': 'Kundeservice',
  'support.status.open': 'Venter på svar',
  'support.status.answered': 'Besvart',
  'support.status.closed': 'Lukket',
  'support.reply': 'Svar',
  'support.send_reply': 'Send svar',
  'support.close': 'Avslutt samtalen',
  'support.sent': 'Meldingen er sendt.',
  'support.replied': 'Kundeservice har svart.',
  'support.closed': 'Samtalen er avsluttet.',
} as const satisfies CompleteCatalog<'support'>;

export default nb;
