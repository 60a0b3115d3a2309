import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The order hub in Swedish (du). */
const sv = {
  'inbox.heading': 'Meddelanden',
  'inbox.list_label': 'Meddelanden, nyaste först',
  'inbox.empty': 'Inga meddelanden än.',
  'inbox.empty_next': 'Vi meddelar dig här när något händer med dina beställningar.',
  'inbox.new': 'Nytt',
  'inbox.message': 'Beställning {number}: {what}',
  'inbox.view': 'Visa beställning {number}',
  'inbox.mark_read': 'Markera som läst',
  'inbox.marked_read': 'Markerat som läst.',
  'inbox.more': 'Visa äldre meddelanden',
  'inbox.case_news.message_added': 'Nytt meddelande om din begäran',
  'inbox.case_news.deadline_passed': 'En tidsfrist har gått ut',
  'inbox.case_news.decided': 'Vårt team har fattat ett beslut',
  'inbox.case_news.updated': 'Din begäran har uppdaterats',
  'inbox.support_reply': 'Svar från kundtjänst',
  'inbox.read_reply': 'Läs svaret',
} as const satisfies CompleteCatalog<'inbox'>;

export default sv;
