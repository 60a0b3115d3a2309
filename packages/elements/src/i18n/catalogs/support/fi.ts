import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Finnish. */
const fi = {
  'support.heading': 'Keskustele ihmisen kanssa',
  'support.hours': 'Tiimimme vastaa {days} klo {opens}–{closes} ({zone}).',
  'support.first_response': 'Ensimmäinen vastaus odotettavissa: {duration} kuluessa.',
  'support.context_intro': 'Asiakaspalvelija näkee:',
  'support.context.order': 'Tilauksen tila: {status}',
  'support.context.payment': 'Viimeisin maksuongelma: {code}',
  'support.context.cases': 'Avoimet tapaukset: {count}',
  'support.context.none': 'Tilausta ei ole valittu.',
  'support.topic': 'Aihe',
  'support.topic.payment': 'Maksu',
  'support.topic.delivery': 'Toimitus',
  'support.topic.refund': 'Hyvitys tai palautus',
  'support.topic.dispute': 'Kiista',
  'support.topic.account': 'Tilini',
  'support.topic.other': 'Jokin muu',
  'support.order': 'Tilaus (valinnainen)',
  'support.order.none': 'Ei tilausta',
  'support.message': 'Viestisi',
  'support.message_empty': 'Kirjoita ensin viestisi.',
  'support.send': 'Lähetä',
  'support.thread': 'Keskustelu',
  'support.author.buyer': 'Sinä',
  'support.author.agent': 'Asiakastuki',
  'support.status.open': 'Odottaa vastausta',
  'support.status.answered': 'Vastattu',
  'support.status.closed': 'Suljettu',
  'support.reply': 'Vastaus',
  'support.send_reply': 'Lähetä vastaus',
  'support.close': 'Sulje keskustelu',
  'support.sent': 'Viesti lähetetty.',
  'support.replied': 'Asiakastuki vastasi.',
  'support.closed': 'Keskustelu suljettu.',
} as const satisfies CompleteCatalog<'support'>;

export default fi;
