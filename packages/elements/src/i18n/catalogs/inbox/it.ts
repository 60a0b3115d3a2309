import type { CompleteCatalog } from '@txassist/sdk/i18n';

const it = {
  'inbox.heading': 'Messaggi',
  'inbox.list_label': 'Messaggi, dal più recente',
  'inbox.empty': 'Ancora nessun messaggio.',
  'inbox.empty_next': 'Ti avviseremo qui quando succede qualcosa ai tuoi ordini.',
  'inbox.new': 'Nuovo',
  'inbox.message': 'Ordine {number}: {what}',
  'inbox.view': 'Vedi l’ordine {number}',
  'inbox.support_reply': 'Risposta dall’assistenza',
  'inbox.read_reply': 'Leggi la risposta',
  'inbox.mark_read': 'Segna come letto',
  'inbox.marked_read': 'Segnato come letto.',
  'inbox.more': 'Mostra i messaggi meno recenti',
  'inbox.case_news.message_added': 'Nuovo messaggio sulla tua richiesta',
  'inbox.case_news.deadline_passed': 'Una scadenza è passata',
  'inbox.case_news.decided': 'Il nostro team ha preso una decisione',
  'inbox.case_news.updated': 'La tua richiesta è stata aggiornata',
} as const satisfies CompleteCatalog<'inbox'>;

export default it;
