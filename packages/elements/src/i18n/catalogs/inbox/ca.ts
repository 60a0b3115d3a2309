import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ca = {
  'inbox.heading': 'Missatges',
  'inbox.list_label': 'Missatges, del més recent al més antic',
  'inbox.empty': 'Encara no hi ha missatges.',
  'inbox.empty_next': 'T’avisarem aquí quan passi alguna cosa amb les teves comandes.',
  'inbox.new': 'Nou',
  'inbox.message': 'Comanda {number}: {what}',
  'inbox.view': 'Mostra la comanda {number}',
  'inbox.mark_read': 'Marca com a llegit',
  'inbox.marked_read': 'Marcat com a llegit.',
  'inbox.more': 'Mostra missatges més antics',
  'inbox.case_news.message_added': 'Missatge nou sobre la teva sol·licitud',
  'inbox.case_news.deadline_passed': 'Ha vençut un termini',
  'inbox.case_news.decided': 'El nostre equip ha pres una decisió',
  'inbox.case_news.updated': 'S’ha actualitzat la teva sol·licitud',
  'inbox.support_reply': 'Resposta del servei d’atenció',
  'inbox.read_reply': 'Llegeix la resposta',
} as const satisfies CompleteCatalog<'inbox'>;

export default ca;
