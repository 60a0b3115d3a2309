import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Croatian. */
const hr = {
  'support.heading': 'Razgovarajte s osobom',
  'support.hours': 'Naš tim odgovara {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'Očekivani prvi odgovor: u roku od {duration}.',
  'support.context_intro': 'Agent će vidjeti:',
  'support.context.order': 'Status narudžbe: {status}',
  'support.context.payment': 'Posljednji problem s plaćanjem: {code}',
  'support.context.cases': 'Otvoreni slučajevi: {count}',
  'support.context.none': 'Nije odabrana nijedna narudžba.',
  'support.topic': 'Tema',
  'support.topic.payment': 'Plaćanje',
  'support.topic.delivery': 'Dostava',
  'support.topic.refund': 'Povrat novca ili vraćanje proizvoda',
  'support.topic.dispute': 'Spor',
  'support.topic.account': 'Moj račun',
  'support.topic.other': 'Nešto drugo',
  'support.order': 'Narudžba (neobavezno)',
  'support.order.none': 'Bez narudžbe',
  'support.message': 'Vaša poruka',
  'support.message_empty': 'Najprije napišite poruku.',
  'support.send': 'Pošalji',
  'support.thread': 'Razgovor',
  'support.author.buyer': 'Vi',
  'support.author.agent': 'Podrška',
  'support.status.open': 'Čeka odgovor',
  'support.status.answered': 'Odgovoreno',
  'support.status.closed': 'Zatvoreno',
  'support.reply': 'Odgovori',
  'support.send_reply': 'Pošalji odgovor',
  'support.close': 'Zatvori razgovor',
  'support.sent': 'Poruka je poslana.',
  'support.replied': 'Podrška je odgovorila.',
  'support.closed': 'Razgovor je zatvoren.',
} as const satisfies CompleteCatalog<'support'>;

export default hr;
