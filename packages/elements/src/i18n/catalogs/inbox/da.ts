import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The order hub in Danish (du). */
const da = {
  'inbox.heading': 'Beskeder',
  'inbox.list_label': 'Beskeder, nyeste først',
  'inbox.empty': 'Ingen beskeder endnu.',
  'inbox.empty_next': 'Vi giver dig besked her, når der sker noget med dine ordrer.',
  'inbox.new': 'Ny',
  'inbox.message': 'Ordre {number}: {what}',
  'inbox.view': 'Se ordre {number}',
  'inbox.mark_read': 'Markér som læst',
  'inbox.marked_read': 'Markeret som læst.',
  'inbox.more': 'Vis ældre beskeder',
  'inbox.case_news.message_added': 'Ny besked om din anmodning',
  'inbox.case_news.deadline_passed': 'En frist er udløbet',
  'inbox.case_news.decided': 'Vores team har truffet en afgørelse',
  'inbox.case_news.updated': 'Din anmodning er opdateret',
  'inbox.support_reply': 'Svar fra kundeservice',
  'inbox.read_reply': 'Læs svaret',
} as const satisfies CompleteCatalog<'inbox'>;

export default da;
