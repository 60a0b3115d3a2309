import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** European Portuguese, addressing the buyer in the third person (“a sua encomenda”), as Portuguese shops do; a full catalog rather than a variant of pt-BR, as nearly every message differs (encomenda, a + infinitive, seguimento). */
const ptPT = {
  'inbox.heading': 'Mensagens',
  'inbox.list_label': 'Mensagens, das mais recentes para as mais antigas',
  'inbox.empty': 'Ainda não há mensagens.',
  'inbox.empty_next': 'Avisamos aqui quando acontecer algo com as suas encomendas.',
  'inbox.new': 'Nova',
  'inbox.message': 'Encomenda {number}: {what}',
  'inbox.view': 'Ver a encomenda {number}',
  'inbox.mark_read': 'Marcar como lida',
  'inbox.marked_read': 'Marcada como lida.',
  'inbox.more': 'Mostrar mensagens mais antigas',
  'inbox.case_news.message_added': 'Nova mensagem sobre o seu pedido',
  'inbox.case_news.deadline_passed': 'Terminou um prazo',
  'inbox.case_news.decided': 'A nossa equipa tomou uma decisão',
  'inbox.case_news.updated': 'O seu pedido foi atualizado',
  'inbox.support_reply': 'Resposta do apoio ao cliente',
  'inbox.read_reply': 'Ler a resposta',
} as const satisfies CompleteCatalog<'inbox'>;

export default ptPT;
