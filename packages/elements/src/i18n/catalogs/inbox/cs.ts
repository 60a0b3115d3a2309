import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The order hub in Czech (formal vy). */
const cs = {
  'inbox.heading': 'Zprávy',
  'inbox.list_label': 'Zprávy, nejnovější první',
  'inbox.empty': 'Zatím žádné zprávy.',
  'inbox.empty_next': 'Až se s vašimi objednávkami něco stane, dáme vám vědět tady.',
  'inbox.new': 'Nové',
  'inbox.message': 'Objednávka {number}: {what}',
  'inbox.view': 'Zobrazit objednávku {number}',
  'inbox.mark_read': 'Označit jako přečtené',
  'inbox.marked_read': 'Označeno jako přečtené.',
  'inbox.more': 'Zobrazit starší zprávy',
  'inbox.case_news.message_added': 'Nová zpráva k vaší žádosti',
  'inbox.case_news.deadline_passed': 'Uplynula lhůta',
  'inbox.case_news.decided': 'Náš tým rozhodl',
  'inbox.case_news.updated': 'Vaše žádost byla aktualizována',
  'inbox.support_reply': 'Odpověď zákaznické podpory',
  'inbox.read_reply': 'Přečíst odpověď',
} as const satisfies CompleteCatalog<'inbox'>;

export default cs;
