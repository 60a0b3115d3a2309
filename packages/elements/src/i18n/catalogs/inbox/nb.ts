import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The order hub in Norwegian Bokmål (du). */
const nb = {
  'inbox.heading': 'Meldinger',
  'inbox.list_label': 'Meldinger, nyeste først',
  'inbox.empty': 'Ingen meldinger ennå.',
  'inbox.empty_next': 'Vi gir deg beskjed her når noe skjer med bestillingene dine.',
  'inbox.new': 'Ny',
  'inbox.message': 'Bestilling {number}: {what}',
  'inbox.view': 'Se bestilling {number}',
  'inbox.mark_read': 'Merk som lest',
  'inbox.marked_read': 'Merket som lest.',
  'inbox.more': 'Vis eldre meldinger',
  'inbox.case_news.message_added': 'Ny melding om forespørselen din',
  'inbox.case_news.deadline_passed': 'En frist har gått ut',
  'inbox.case_news.decided': 'Teamet vårt har tatt en avgjørelse',
  'inbox.case_news.updated': 'Forespørselen din er oppdatert',
  'inbox.support_reply': 'Svar fra kundeservice',
  'inbox.read_reply': 'Les svaret',
} as const satisfies CompleteCatalog<'inbox'>;

export default nb;
