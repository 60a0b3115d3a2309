import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Privacy settings in Hungarian (formal „Ön”). */
const hu = {
  'erasure.blocked_heading': 'Adatait még nem törölheti',
  'erasure.blocker.open_orders': {
    one: '{count} rendelése még nem zárult le.',
    other: '{count} rendelése még nem zárult le.',
  },
  'erasure.blocker.open_orders.next_step':
    'Mondja le a lemondható rendeléseket, vagy várja meg a kézbesítésüket, majd térjen vissza ide.',
  'erasure.blocker.open_refunds': {
    one: '{count} visszatérítése folyamatban van.',
    other: '{count} visszatérítése folyamatban van.',
  },
  'erasure.blocker.open_refunds.next_step': 'Várja meg, amíg a visszatérítés befejeződik, majd térjen vissza ide.',
  'erasure.blocker.open_disputes': {
    one: '{count} nyitott vitája van.',
    other: '{count} nyitott vitája van.',
  },
  'erasure.blocker.open_disputes.next_step': 'Várja meg a döntést, vagy zárja le a vitát, majd térjen vissza ide.',
  'erasure.records': 'Rendelések',
  'erasure.confirm_heading': 'Véglegesen törli az adatait?',
  'erasure.confirm_text': 'Személyes adatait azonnal töröljük, és kijelentkeztetjük. Nem tudjuk visszaállítani őket.',
  'erasure.understand': 'Tudomásul veszem, hogy ez nem vonható vissza',
  'erasure.understand_required': 'Jelölje be a négyzetet annak megerősítéséhez, hogy ezt tudomásul vette.',
  'erasure.confirm': 'Adataim végleges törlése',
  'erasure.erasing': 'Adatai törlése…',
  'erasure.cancel': 'Mégse',
  'erasure.cancelled': 'Semmit sem töröltünk.',
  'erasure.cancel_order': 'A(z) {number} számú rendelés lemondása',
  'erasure.cancelling': 'Lemondás…',
  'erasure.order_cancelled': 'A(z) {number} számú rendelést lemondtuk.',
} as const satisfies CompleteCatalog<'erasure'>;

export default hu;
