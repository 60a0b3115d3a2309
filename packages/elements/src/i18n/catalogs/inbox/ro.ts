import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The order hub in Romanian (formal address). */
const ro = {
  'inbox.heading': 'Mesaje',
  'inbox.list_label': 'Mesaje, cele mai noi primele',
  'inbox.empty': 'Niciun mesaj încă.',
  'inbox.empty_next': 'Vă anunțăm aici când se întâmplă ceva cu comenzile dvs.',
  'inbox.new': 'Nou',
  'inbox.message': 'Comanda {number}: {what}',
  'inbox.view': 'Vedeți comanda {number}',
  'inbox.mark_read': 'Marcați ca citit',
  'inbox.marked_read': 'Marcat ca citit.',
  'inbox.more': 'Afișați mesajele mai vechi',
  'inbox.case_news.message_added': 'Mesaj nou despre cererea dvs.',
  'inbox.case_news.deadline_passed': 'Un termen a expirat',
  'inbox.case_news.decided': 'Echipa noastră a luat o decizie',
  'inbox.case_news.updated': 'Cererea dvs. a fost actualizată',
  'inbox.support_reply': 'Răspuns de la asistență',
  'inbox.read_reply': 'Citiți răspunsul',
} as const satisfies CompleteCatalog<'inbox'>;

export default ro;
