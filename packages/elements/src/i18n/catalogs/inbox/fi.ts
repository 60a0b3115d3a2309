import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The order hub in Finnish (sinä). */
const fi = {
  'inbox.heading': 'Viestit',
  'inbox.list_label': 'Viestit, uusin ensin',
  'inbox.empty': 'Ei vielä viestejä.',
  'inbox.empty_next': 'Kerromme täällä, kun tilauksissasi tapahtuu jotain.',
  'inbox.new': 'Uusi',
  'inbox.message': 'Tilaus {number}: {what}',
  'inbox.view': 'Näytä tilaus {number}',
  'inbox.mark_read': 'Merkitse luetuksi',
  'inbox.marked_read': 'Merkitty luetuksi.',
  'inbox.more': 'Näytä vanhemmat viestit',
  'inbox.case_news.message_added': 'Uusi viesti pyynnöstäsi',
  'inbox.case_news.deadline_passed': 'Määräaika umpeutui',
  'inbox.case_news.decided': 'Tiimimme teki päätöksen',
  'inbox.case_news.updated': 'Pyyntöäsi päivitettiin',
  'inbox.support_reply': 'Vastaus asiakaspalvelulta',
  'inbox.read_reply': 'Lue vastaus',
} as const satisfies CompleteCatalog<'inbox'>;

export default fi;
