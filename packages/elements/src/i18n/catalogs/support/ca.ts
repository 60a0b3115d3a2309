import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Catalan. */
const ca = {
  'support.heading': 'Parla amb una persona',
  'support.hours': 'El nostre equip respon {days}, de {opens} a {closes} ({zone}).',
  'support.first_response': 'Primera resposta prevista: en menys de {duration}.',
  'support.context_intro': 'L’agent veurà:',
  'support.context.order': 'Estat de la comanda: {status}',
  'support.context.payment': 'Últim problema de pagament: {code}',
  'support.context.cases': 'Casos oberts: {count}',
  'support.context.none': 'No hi ha cap comanda seleccionada.',
  'support.topic': 'Tema',
  'support.topic.payment': 'Un pagament',
  'support.topic.delivery': 'Un lliurament',
  'support.topic.refund': 'Un reemborsament o una devolució',
  'support.topic.dispute': 'Una disputa',
  'support.topic.account': 'El meu compte',
  'support.topic.other': 'Una altra cosa',
  'support.order': 'Comanda (opcional)',
  'support.order.none': 'Cap comanda',
  'support.message': 'El teu missatge',
  'support.message_empty': 'Primer escriu el missatge.',
  'support.send': 'Envia',
  'support.thread': 'Conversa',
  'support.author.buyer': 'Tu',
  'support.author.agent': 'Assistència',
  'support.status.open': 'Esperant resposta',
  'support.status.answered': 'Respost',
  'support.status.closed': 'Tancat',
  'support.reply': 'Respon',
  'support.send_reply': 'Envia la resposta',
  'support.close': 'Tanca la conversa',
  'support.sent': 'Missatge enviat.',
  'support.replied': 'L’equip d’assistència ha respost.',
  'support.closed': 'Conversa tancada.',
} as const satisfies CompleteCatalog<'support'>;

export default ca;
