import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Checkout in Ukrainian (polite «ви»). */
const uk = {
  'outcome.declined.heading': 'Оплата не пройшла',
  'outcome.declined.kept': 'Усе інше, що ви ввели, збережено. Повторно ввести потрібно лише дані картки.',
  'outcome.challenge.heading': 'Підтвердьте, що це ви',
  'outcome.challenge.code': 'Код підтвердження',
  'outcome.challenge.code_hint': 'Код можна вставити. Він діє до {time}.',
  'outcome.challenge.verify': 'Підтвердити й оплатити',
  'outcome.challenge.resend': 'Надіслати новий код',
  'outcome.challenge.resend_wait': 'Новий код можна запросити через {seconds} с.',
  'outcome.challenge.resent': 'Ми надіслали новий код. Діє лише найновіший код.',
  'outcome.challenge.attempts_left': 'Залишилося спроб: {count}',
  'outcome.challenge.required': 'Введіть 6-значний код, який ми вам надіслали.',
  'outcome.challenge.format': 'Код складається з 6 цифр. Перевірте його та введіть ще раз.',
  'outcome.challenge.wrong': 'Код неправильний. Перевірте найновіше повідомлення й спробуйте ще раз.',
  'outcome.challenge.expired': 'Термін дії цього коду минув. Надішліть новий код і введіть його.',
  'outcome.challenge.locked':
    'Забагато неправильних кодів, тому ми зупинили цю оплату, щоб захистити вас. Оберіть інший спосіб оплати або спробуйте пізніше.',
  'outcome.challenge.verifying': 'Перевіряємо код…',
  'outcome.wallet.returned': 'З поверненням. Підтверджуємо вашу оплату через TxPay…',
  'outcome.wallet.cancelled': 'Ви вийшли з TxPay, не оплативши. Оберіть спосіб оплати й спробуйте ще раз.',
  'outcome.on_hold.heading': 'Замовлення оформлено й очікує на коротку перевірку',
  'outcome.on_hold.body':
    'Ми перевіряємо цю оплату, перш ніж замовлення почнуть готувати. Вам нічого не потрібно робити: ми напишемо вам, коли все буде готово, зазвичай протягом дня.',
  'outcome.confirmation.heading': 'Дякуємо, ваше замовлення оформлено',
  'outcome.confirmation.number': 'Номер замовлення: {number}',
  'outcome.confirmation.paid': 'Оплачено {total} через {method}',
  'outcome.confirmation.cod_due': 'Підготуйте {total} для кур’єра.',
  'outcome.confirmation.track': 'Відстежити замовлення',
  'outcome.confirmation.next_heading': 'Що далі',
  'outcome.confirmation.next':
    'Тепер продавець готує ваше замовлення. Ми повідомимо вам, коли його буде відправлено, а стежити за ним можна будь-коли за номером замовлення.',
  'outcome.failure.network':
    'Не вдалося зв’язатися з магазином. Перевірте з’єднання й спробуйте ще раз. Двічі кошти не спишуться.',
  'outcome.failure.generic': 'У нас щось пішло не так. Спробуйте ще раз за мить; двічі кошти не спишуться.',
} as const satisfies CompleteCatalog<'outcome'>;

export default uk;
