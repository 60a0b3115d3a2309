import type { CompleteCatalog } from '../../catalog.js';

const bg = {
  'payments.declined.title': 'Плащането ви беше отказано',
  'payments.decline.generic_decline': 'Банката ви отказа плащането, без да посочи причина.',
  'payments.decline.insufficient_funds': 'По картата няма достатъчно средства за това плащане.',
  'payments.decline.expired_card': 'Картата е изтекла.',
  'payments.decline.incorrect_cvc': 'Кодът за сигурност (CVC) не съответства на картата.',
  'payments.decline.processing_error': 'Нещо се обърка при обработката на картата.',
  'payments.decline.authentication_failed': 'Не успяхме да потвърдим, че това плащане е ваше.',
  'payments.decline.card_velocity_exceeded': 'Картата засега е достигнала лимита си за разходи.',
  'payments.next_step.use_another_card': 'Използвайте друга карта или друг начин на плащане.',
  'payments.next_step.check_details': 'Проверете номера на картата, валидността и кода за сигурност и опитайте отново.',
  'payments.next_step.contact_bank': 'Свържете се с банката си или използвайте друга карта.',
  'payments.next_step.try_again': 'Изчакайте малко и опитайте отново.',
  'payments.not_charged': 'Не сте таксувани.',
  'payments.failed.title': 'Това плащане не можа да бъде завършено',
  'payments.review.title': 'Проверяваме поръчката ви',
  'payments.review.body':
    'Поръчка {number} е задържана, докато проверяваме плащането. Скоро ще ви изпратим имейл и няма да бъдете таксувани два пъти.',
} as const satisfies CompleteCatalog<'payments'>;

export default bg;
