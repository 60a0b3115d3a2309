import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Brazilian Portuguese. */
const ptBR = {
  'support.heading': 'Falar com uma pessoa',
  'support.hours': 'Nossa equipe responde {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'Primeira resposta esperada: em até {duration}.',
  'support.context_intro': 'O atendente verá:',
  'support.context.order': 'Status do pedido: {status}',
  'support.context.payment': 'Último problema de pagamento: {code}',
  'support.context.cases': 'Casos abertos: {count}',
  'support.context.none': 'Nenhum pedido escolhido.',
  'support.topic': 'Assunto',
  'support.topic.payment': 'Um pagamento',
  'support.topic.delivery': 'Uma entrega',
  'support.topic.refund': 'Um reembolso ou devolução',
  'support.topic.dispute': 'Uma disputa',
  'support.topic.account': 'Minha conta',
  'support.topic.other': 'Outra coisa',
  'support.order': 'Pedido (opcional)',
  'support.order.none': 'Nenhum pedido',
  'support.message': 'Sua mensagem',
  'support.message_empty': 'Escreva sua mensagem primeiro.',
  'support.send': 'Enviar',
  'support.thread': 'Conversa',
  'support.author.buyer': 'Você',
  'support.author.agent': 'Suporte',
  'support.status.open': 'Aguardando resposta',
  'support.status.answered': 'Respondida',
  'support.status.closed': 'Encerrada',
  'support.reply': 'Responder',
  'support.send_reply': 'Enviar resposta',
  'support.close': 'Encerrar conversa',
  'support.sent': 'Mensagem enviada.',
  'support.replied': 'O suporte respondeu.',
  'support.closed': 'Conversa encerrada.',
} as const satisfies CompleteCatalog<'support'>;

export default ptBR;
