import type { CompleteCatalog } from '@txassist/sdk/i18n';

const fil = {
  'inbox.heading': 'Mga mensahe',
  'inbox.list_label': 'Mga mensahe, pinakabago muna',
  'inbox.empty': 'Wala pang mensahe.',
  'inbox.empty_next': 'Sasabihan ka namin dito kapag may nangyari sa mga order mo.',
  'inbox.new': 'Bago',
  'inbox.message': 'Order {number}: {what}',
  'inbox.view': 'Tingnan ang order {number}',
  'inbox.support_reply': 'Sagot mula sa support',
  'inbox.read_reply': 'Basahin ang sagot',
  'inbox.mark_read': 'Markahang nabasa na',
  'inbox.marked_read': 'Minarkahang nabasa na.',
  'inbox.more': 'Ipakita ang mas lumang mensahe',
  'inbox.case_news.message_added': 'May bagong mensahe tungkol sa iyong request',
  'inbox.case_news.deadline_passed': 'Lumipas na ang deadline',
  'inbox.case_news.decided': 'Nakapagpasya na ang aming team',
  'inbox.case_news.updated': 'Na-update ang iyong request',
} as const satisfies CompleteCatalog<'inbox'>;

export default fil;
