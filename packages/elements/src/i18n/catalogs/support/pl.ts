import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Polish, with the informal “Ty” as Polish shops (Allegro, Shopify) address buyers; plural forms one, few, many, other. */
const pl = {
  'support.heading': 'Porozmawiaj z konsultantem',
  'support.hours': 'Nasz zespół odpowiada {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'Pierwsza odpowiedź: w ciągu {duration}.',
  'support.context_intro': 'Konsultant zobaczy:',
  'support.context.order': 'Status zamówienia: {status}',
  'support.context.payment': 'Ostatni problem z płatnością: {code}',
  'support.context.cases': 'Otwarte sprawy: {count}',
  'support.context.none': 'Nie wybrano zamówienia.',
  'support.topic': 'Temat',
  'support.topic.payment': 'Płatność',
  'support.topic.delivery': 'Dostawa',
  'support.topic.refund': 'Zwrot pieniędzy lub produktu',
  'support.topic.dispute': 'Spór',
  'support.topic.account': 'Moje konto',
  'support.topic.other': 'Coś innego',
  'support.order': 'Zamówienie (opcjonalnie)',
  'support.order.none': 'Bez zamówienia',
  'support.message': 'Twoja wiadomość',
  'support.message_empty': 'Najpierw napisz wiadomość.',
  'support.send': 'Wyślij',
  'support.thread': 'Rozmowa',
  'support.author.buyer': 'Ty',
  'support.author.agent': 'Obsługa klienta',
  'support.status.open': 'Czeka na odpowiedź',
  'support.status.answered': 'Odpowiedziano',
  'support.status.closed': 'Zamknięta',
  'support.reply': 'Odpowiedz',
  'support.send_reply': 'Wyślij odpowiedź',
  'support.close': 'Zamknij rozmowę',
  'support.sent': 'Wiadomość wysłana.',
  'support.replied': 'Obsługa klienta odpowiedziała.',
  'support.closed': 'Rozmowa zamknięta.',
} as const satisfies CompleteCatalog<'support'>;

export default pl;
