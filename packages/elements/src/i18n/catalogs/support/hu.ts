import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Hungarian. */
const hu = {
  'support.heading': 'Beszéljen egy munkatársunkkal',
  'support.hours': 'Csapatunk {days} válaszol, {opens}–{closes} között ({zone}).',
  'support.first_response': 'Várható első válasz: {duration} belül.',
  'support.context_intro': 'A munkatárs ezeket látja:',
  'support.context.order': 'Rendelés állapota: {status}',
  'support.context.payment': 'Legutóbbi fizetési probléma: {code}',
  'support.context.cases': 'Nyitott ügyek: {count}',
  'support.context.none': 'Nincs kiválasztott rendelés.',
  'support.topic': 'Téma',
  'support.topic.payment': 'Fizetés',
  'support.topic.delivery': 'Kézbesítés',
  'support.topic.refund': 'Visszatérítés vagy visszaküldés',
  'support.topic.dispute': 'Vita',
  'support.topic.account': 'Saját fiók',
  'support.topic.other': 'Egyéb',
  'support.order': 'Rendelés (nem kötelező)',
  'support.order.none': 'Nincs rendelés',
  'support.message': 'Az Ön üzenete',
  'support.message_empty': 'Először írja meg az üzenetét.',
  'support.send': 'Küldés',
  'support.thread': 'Beszélgetés',
  'support.author.buyer': 'Ön',
  'support.author.agent': 'Ügyfélszolgálat',
  'support.status.open': 'Válaszra vár',
  'support.status.answered': 'Megválaszolva',
  'support.status.closed': 'Lezárva',
  'support.reply': 'Válasz',
  'support.send_reply': 'Válasz küldése',
  'support.close': 'Beszélgetés lezárása',
  'support.sent': 'Üzenet elküldve.',
  'support.replied': 'Az ügyfélszolgálat válaszolt.',
  'support.closed': 'A beszélgetés lezárult.',
} as const satisfies CompleteCatalog<'support'>;

export default hu;
