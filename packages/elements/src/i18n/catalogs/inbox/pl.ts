import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Polish, with the informal “Ty” as Polish shops (Allegro, Shopify) address buyers; plural forms one, few, many, other. */
const pl = {
  'inbox.heading': 'Wiadomości',
  'inbox.list_label': 'Wiadomości, od najnowszych',
  'inbox.empty': 'Nie masz jeszcze wiadomości.',
  'inbox.empty_next': 'Damy Ci tu znać, gdy coś się wydarzy z Twoimi zamówieniami.',
  'inbox.new': 'Nowa',
  'inbox.message': 'Zamówienie {number}: {what}',
  'inbox.view': 'Zobacz zamówienie {number}',
  'inbox.mark_read': 'Oznacz jako przeczytaną',
  'inbox.marked_read': 'Oznaczono jako przeczytaną.',
  'inbox.more': 'Pokaż starsze wiadomości',
  'inbox.case_news.message_added': 'Nowa wiadomość w Twojej sprawie',
  'inbox.case_news.deadline_passed': 'Minął termin',
  'inbox.case_news.decided': 'Nasz zespół podjął decyzję',
  'inbox.case_news.updated': 'Twoja prośba została zaktualizowana',
  'inbox.support_reply': 'Odpowiedź od obsługi klienta',
  'inbox.read_reply': 'Przeczytaj odpowiedź',
} as const satisfies CompleteCatalog<'inbox'>;

export default pl;
