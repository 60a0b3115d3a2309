import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** European Portuguese, addressing the buyer in the third person (“a sua encomenda”), as Portuguese shops do; a full catalog rather than a variant of pt-BR, as nearly every message differs (encomenda, a + infinitive, seguimento). */
const ptPT = {
  'support.heading': 'Falar com uma pessoa',
  'support.hours': 'A nossa equipa responde {days}, das {opens} às {closes} ({zone}).',
  'support.first_response': 'Primeira resposta prevista: dentro de {duration}.',
  'support.context_intro': 'O assistente vai ver:',
  'support.context.order': 'Estado da encomenda: {status}',
  'support.context.payment': 'Último problema de pagamento: {code}',
  'support.context.cases': 'Casos em aberto: {count}',
  'support.context.none': 'Nenhuma encomenda selecionada.',
  'support.topic': 'Assunto',
  'support.topic.payment': 'Um pagamento',
  'support.topic.delivery': 'Uma entrega',
  'support.topic.refund': 'Um reembolso ou devolução',
  'support.topic.dispute': 'Um litígio',
  'support.topic.account': 'A minha conta',
  'support.topic.other': 'Outro assunto',
  'support.order': 'Encomenda (opcional)',
  'support.order.none': 'Nenhuma encomenda',
  'support.message': 'A sua mensagem',
  'support.message_empty': 'Escreva primeiro a sua mensagem.',
  'support.send': 'Enviar',
  'support.thread': 'Conversa',
  'support.author.buyer': 'Você',
  'support.author.agent': 'Apoio ao cliente',
  'support.status.open': 'A aguardar resposta',
  'support.status.answered': 'Respondida',
  'support.status.closed': 'Encerrada',
  'support.reply': 'Responder',
  'support.send_reply': 'Enviar resposta',
  'support.close': 'Encerrar conversa',
  'support.sent': 'Mensagem enviada.',
  'support.replied': 'O apoio ao cliente respondeu.',
  'support.closed': 'Conversa encerrada.',
} as const satisfies CompleteCatalog<'support'>;

export default ptPT;
