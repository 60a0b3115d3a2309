import type { CompleteCatalog } from '../../catalog.js';

const hu = {
  'payments.declined.title': 'A fizetését elutasították',
  'payments.decline.generic_decline': 'A bankja indoklás nélkül elutasította a fizetést.',
  'payments.decline.insufficient_funds': 'A kártyán nincs elég fedezet ehhez a fizetéshez.',
  'payments.decline.expired_card': 'A kártya lejárt.',
  'payments.decline.incorrect_cvc': 'A biztonsági kód (CVC) nem egyezik a kártyával.',
  'payments.decline.processing_error': 'Hiba történt a kártya feldolgozása közben.',
  'payments.decline.authentication_failed': 'Nem tudtuk ellenőrizni, hogy ez a fizetés Öntől származik.',
  'payments.decline.card_velocity_exceeded': 'A kártya egyelőre elérte a költési limitjét.',
  'payments.next_step.use_another_card': 'Használjon másik kártyát vagy fizetési módot.',
  'payments.next_step.check_details':
    'Ellenőrizze a kártyaszámot, a lejárati dátumot és a biztonsági kódot, majd próbálja újra.',
  'payments.next_step.contact_bank': 'Forduljon a bankjához, vagy használjon másik kártyát.',
  'payments.next_step.try_again': 'Várjon egy kicsit, majd próbálja újra.',
  'payments.not_charged': 'Nem terheltük meg.',
  'payments.failed.title': 'Ezt a fizetést nem sikerült befejezni',
  'payments.review.title': 'Ellenőrizzük a rendelését',
  'payments.review.body':
    'A(z) {number} számú rendelés várakozik, amíg ellenőrizzük a fizetést. Hamarosan e-mailt küldünk, és nem terheljük meg kétszer.',
} as const satisfies CompleteCatalog<'payments'>;

export default hu;
