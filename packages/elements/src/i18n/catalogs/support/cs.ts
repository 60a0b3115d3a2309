import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Czech. */
const cs = {
  'support.heading': 'Mluvit s člověkem',
  'support.hours': 'Náš tým odpovídá {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'První odpověď očekávejte do {duration}.',
  'support.context_intro': 'Pracovník podpory uvidí:',
  'support.context.order': 'Stav objednávky: {status}',
  'support.context.payment': 'Poslední problém s platbou: {code}',
  'support.context.cases': 'Otevřené případy: {count}',
  'support.context.none': 'Není vybrána žádná objednávka.',
  'support.topic': 'Téma',
  'support.topic.payment': 'Platba',
  'support.topic.delivery': 'Doručení',
  'support.topic.refund': 'Vrácení peněz nebo zboží',
  'support.topic.dispute': 'Spor',
  'support.topic.account': 'Můj účet',
  'support.topic.other': 'Něco jiného',
  'support.order': 'Objednávka (nepovinné)',
  'support.order.none': 'Bez objednávky',
  'support.message': 'Vaše zpráva',
  'support.message_empty': 'Nejdřív napište zprávu.',
  'support.send': 'Odeslat',
  'support.thread': 'Konverzace',
  'support.author.buyer': 'Vy',
  'support.author.agent': 'Podpora',
  'support.status.open': 'Čeká na odpověď',
  'support.status.answered': 'Zodpovězeno',
  'support.status.closed': 'Uzavřeno',
  'support.reply': 'Odpověď',
  'support.send_reply': 'Odeslat odpověď',
  'support.close': 'Ukončit konverzaci',
  'support.sent': 'Zpráva odeslána.',
  'support.replied': 'Podpora odpověděla.',
  'support.closed': 'Konverzace ukončena.',
} as const satisfies CompleteCatalog<'support'>;

export default cs;
