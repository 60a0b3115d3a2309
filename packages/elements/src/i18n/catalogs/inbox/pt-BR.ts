import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ptBR = {
  'inbox.heading': 'Mensagens',
  'inbox.list_label': 'Mensagens, da mais recente à mais antiga',
  'inbox.empty': 'Nenhuma mensagem ainda.',
  'inbox.empty_next': 'Vamos avisar você aqui quando algo acontecer com seus pedidos.',
  'inbox.new': 'Nova',
  'inbox.message': 'Pedido {number}: {what}',
  'inbox.view': 'Ver pedido {number}',
  'inbox.support_reply': 'Resposta do suporte',
  'inbox.read_reply': 'Ler a resposta',
  'inbox.mark_read': 'Marcar como lida',
  'inbox.marked_read': 'Marcada como lida.',
  'inbox.more': 'Mostrar mensagens anteriores',
  'inbox.case_news.message_added': 'Nova mensagem sobre sua solicitação',
  'inbox.case_news.deadline_passed': 'Um prazo terminou',
  'inbox.case_news.decided': 'Nossa equipe tomou uma decisão',
  'inbox.case_news.updated': 'Sua solicitação foi atualizada',
} as const satisfies CompleteCatalog<'inbox'>;

export default ptBR;
