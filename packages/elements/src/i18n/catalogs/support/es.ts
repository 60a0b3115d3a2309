import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Spanish. */
const es = {
  'support.heading': 'Hablar con una persona',
  'support.hours': 'Nuestro equipo responde {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'Primera respuesta esperada: en {duration}.',
  'support.context_intro': 'El agente verá:',
  'support.context.order': 'Estado del pedido: {status}',
  'support.context.payment': 'Último problema de pago: {code}',
  'support.context.cases': 'Casos abiertos: {count}',
  'support.context.none': 'Ningún pedido seleccionado.',
  'support.topic': 'Tema',
  'support.topic.payment': 'Un pago',
  'support.topic.delivery': 'Una entrega',
  'support.topic.refund': 'Un reembolso o devolución',
  'support.topic.dispute': 'Una disputa',
  'support.topic.account': 'Mi cuenta',
  'support.topic.other': 'Otra cosa',
  'support.order': 'Pedido (opcional)',
  'support.order.none': 'Ningún pedido',
  'support.message': 'Tu mensaje',
  'support.message_empty': 'Escribe primero tu mensaje.',
  'support.send': 'Enviar',
  'support.thread': 'Conversación',
  'support.author.buyer': 'Tú',
  'support.author.agent': 'Soporte',
  'support.status.open': 'Esperando respuesta',
  'support.status.answered': 'Respondida',
  'support.status.closed': 'Cerrada',
  'support.reply': 'Responder',
  'support.send_reply': 'Enviar respuesta',
  'support.close': 'Cerrar conversación',
  'support.sent': 'Mensaje enviado.',
  'support.replied': 'Soporte respondió.',
  'support.closed': 'Conversación cerrada.',
} as const satisfies CompleteCatalog<'support'>;

export default es;
