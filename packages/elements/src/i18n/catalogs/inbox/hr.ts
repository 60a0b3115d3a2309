import type { CompleteCatalog } from '@txassist/sdk/i18n';

const hr = {
  'inbox.heading': 'Poruke',
  'inbox.list_label': 'Poruke, od najnovije',
  'inbox.empty': 'Još nema poruka.',
  'inbox.empty_next': 'Ovdje ćemo vas obavijestiti kad se nešto dogodi s vašim narudžbama.',
  'inbox.new': 'Novo',
  'inbox.message': 'Narudžba {number}: {what}',
  'inbox.view': 'Pogledaj narudžbu {number}',
  'inbox.mark_read': 'Označi kao pročitano',
  'inbox.marked_read': 'Označeno kao pročitano.',
  'inbox.more': 'Prikaži starije poruke',
  'inbox.case_news.message_added': 'Nova poruka o vašem zahtjevu',
  'inbox.case_news.deadline_passed': 'Istekao je rok',
  'inbox.case_news.decided': 'Naš je tim donio odluku',
  'inbox.case_news.updated': 'Vaš je zahtjev ažuriran',
  'inbox.support_reply': 'Odgovor korisničke podrške',
  'inbox.read_reply': 'Pročitajte odgovor',
} as const satisfies CompleteCatalog<'inbox'>;

export default hr;
