import type { CompleteCatalog } from '../../catalog.js';

const uk = {
  'payments.declined.title': 'Вашу оплату відхилено',
  'payments.decline.generic_decline': 'Ваш банк відхилив оплату без пояснення причини.',
  'payments.decline.insufficient_funds': 'На картці недостатньо коштів для цієї оплати.',
  'payments.decline.expired_card': 'Термін дії картки минув.',
  'payments.decline.incorrect_cvc': 'Код безпеки (CVC) не відповідає картці.',
  'payments.decline.processing_error': 'Під час обробки картки сталася помилка.',
  'payments.decline.authentication_failed': 'Не вдалося підтвердити, що цю оплату здійснюєте ви.',
  'payments.decline.card_velocity_exceeded': 'Наразі картка досягла ліміту витрат.',
  'payments.next_step.use_another_card': 'Скористайтеся іншою карткою або способом оплати.',
  'payments.next_step.check_details': 'Перевірте номер картки, термін дії й код безпеки, а потім спробуйте ще раз.',
  'payments.next_step.contact_bank': 'Зверніться до свого банку або скористайтеся іншою карткою.',
  'payments.next_step.try_again': 'Зачекайте трохи й спробуйте ще раз.',
  'payments.not_charged': 'Кошти з вас не списано.',
  'payments.failed.title': 'Не вдалося завершити цю оплату',
  'payments.review.title': 'Ми перевіряємо ваше замовлення',
  'payments.review.body':
    'Замовлення {number} призупинено, поки ми перевіряємо оплату. Незабаром ми вам напишемо, і двічі кошти не спишуться.',
} as const satisfies CompleteCatalog<'payments'>;

export default uk;
