import type { CompleteCatalog } from '@txassist/sdk/i18n';

const es = {
  'inbox.heading': 'Mensajes',
  'inbox.list_label': 'Mensajes, del más reciente al más antiguo',
  'inbox.empty': 'Todavía no tienes mensajes.',
  'inbox.empty_next': 'Te avisaremos aquí cuando pase algo con tus pedidos.',
  'inbox.new': 'Nuevo',
  'inbox.message': 'Pedido {number}: {what}',
  'inbox.view': 'Ver el pedido {number}',
  'inbox.support_reply': 'Respuesta de soporte',
  'inbox.read_reply': 'Leer la respuesta',
  'inbox.mark_read': 'Marcar como leído',
  'inbox.marked_read': 'Marcado como leído.',
  'inbox.more': 'Ver mensajes anteriores',
  'inbox.case_news.message_added': 'Nuevo mensaje sobre tu solicitud',
  'inbox.case_news.deadline_passed': 'Venció un plazo',
  'inbox.case_news.decided': 'Nuestro equipo tomó una decisión',
  'inbox.case_news.updated': 'Tu solicitud se actualizó',
} as const satisfies CompleteCatalog<'inbox'>;

export default es;
