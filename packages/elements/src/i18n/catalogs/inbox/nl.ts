import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Dutch, with “je” as Dutch shops and payment services (bol.com, Shopify, Stripe) address buyers. */
const nl = {
  'inbox.heading': 'Berichten',
  'inbox.list_label': 'Berichten, nieuwste eerst',
  'inbox.empty': 'Nog geen berichten.',
  'inbox.empty_next': 'We laten het je hier weten als er iets met je bestellingen gebeurt.',
  'inbox.new': 'Nieuw',
  'inbox.message': 'Bestelling {number}: {what}',
  'inbox.view': 'Bestelling {number} bekijken',
  'inbox.mark_read': 'Markeren als gelezen',
  'inbox.marked_read': 'Gemarkeerd als gelezen.',
  'inbox.more': 'Oudere berichten tonen',
  'inbox.case_news.message_added': 'Nieuw bericht over je verzoek',
  'inbox.case_news.deadline_passed': 'Er is een termijn verstreken',
  'inbox.case_news.decided': 'Ons team heeft een beslissing genomen',
  'inbox.case_news.updated': 'Je verzoek is bijgewerkt',
  'inbox.support_reply': 'Antwoord van de klantenservice',
  'inbox.read_reply': 'Antwoord lezen',
} as const satisfies CompleteCatalog<'inbox'>;

export default nl;
