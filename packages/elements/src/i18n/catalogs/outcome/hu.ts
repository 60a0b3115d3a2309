import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Checkout in Hungarian (formal „Ön”). */
const hu = {
  'outcome.declined.heading': 'A fizetés nem sikerült',
  'outcome.declined.kept': 'Minden más, amit megadott, megmaradt. Csak a kártyaadatokat kell újra beírnia.',
  'outcome.challenge.heading': 'Igazolja, hogy Ön az',
  'outcome.challenge.code': 'Ellenőrző kód',
  'outcome.challenge.code_hint': 'A kódot be is illesztheti. Lejárat: {time}.',
  'outcome.challenge.verify': 'Ellenőrzés és fizetés',
  'outcome.challenge.resend': 'Új kód küldése',
  'outcome.challenge.resend_wait': 'Új kódot {seconds} mp múlva kérhet.',
  'outcome.challenge.resent': 'Új kódot küldtünk. Csak a legújabb kód érvényes.',
  'outcome.challenge.attempts_left': 'Hátralévő próbálkozások: {count}',
  'outcome.challenge.required': 'Adja meg a 6 jegyű kódot, amelyet elküldtünk.',
  'outcome.challenge.format': 'A kód 6 számjegyből áll. Ellenőrizze, és adja meg újra.',
  'outcome.challenge.wrong': 'Ez a kód nem megfelelő. Nézze meg a legújabb üzenetet, és próbálja újra.',
  'outcome.challenge.expired': 'Ez a kód lejárt. Kérjen új kódot, majd adja meg.',
  'outcome.challenge.locked':
    'Túl sok hibás kód, ezért a védelme érdekében leállítottuk ezt a fizetést. Válasszon másik fizetési módot, vagy próbálja újra később.',
  'outcome.challenge.verifying': 'A kód ellenőrzése…',
  'outcome.wallet.returned': 'Üdvözöljük újra! Megerősítjük a TxPay-fizetését…',
  'outcome.wallet.cancelled': 'Fizetés nélkül hagyta el a TxPay-t. Válassza ki, hogyan fizet, majd próbálja újra.',
  'outcome.on_hold.heading': 'A rendelését leadta, egy gyors ellenőrzésre vár',
  'outcome.on_hold.body':
    'A rendelés előkészítése előtt ellenőrizzük ezt a fizetést. Önnek semmit sem kell tennie: e-mailt küldünk, amikor végeztünk, általában egy napon belül.',
  'outcome.confirmation.heading': 'Köszönjük, a rendelését leadta',
  'outcome.confirmation.number': 'Rendelésszám: {number}',
  'outcome.confirmation.paid': 'Fizetve: {total}, fizetési mód: {method}',
  'outcome.confirmation.cod_due': 'Készítsen elő {total} összeget a futárnak.',
  'outcome.confirmation.track': 'Rendelés követése',
  'outcome.confirmation.next_heading': 'Mi történik ezután?',
  'outcome.confirmation.next':
    'Az eladó most előkészíti a rendelését. Szólunk, amikor úton van, és a rendelésszámmal bármikor nyomon követheti.',
  'outcome.failure.network':
    'Nem értük el az áruházat. Ellenőrizze a kapcsolatot, majd próbálja újra. Nem terheljük meg kétszer.',
  'outcome.failure.generic': 'Hiba történt nálunk. Próbálja újra egy kis idő múlva; nem terheljük meg kétszer.',
} as const satisfies CompleteCatalog<'outcome'>;

export default hu;
