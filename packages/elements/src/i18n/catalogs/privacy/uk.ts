import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Privacy settings in Ukrainian (polite «ви»). */
const uk = {
  'privacy.heading': 'Приватність і ваші дані',
  'privacy.intro':
    'Оберіть, для чого використовуються ваші дані та як ми з вами зв’язуємося. Ви також можете завантажити або видалити свої дані.',
  'privacy.loading': 'Завантажуємо ваші налаштування приватності…',
  'privacy.on': 'Увімк.',
  'privacy.off': 'Вимк.',
  'privacy.saving': 'Зберігаємо…',
  'privacy.saved_on': '«{label}» тепер увімкнено.',
  'privacy.saved_off': '«{label}» тепер вимкнено.',
  'privacy.save_failed': 'Не вдалося зберегти «{label}», тому налаштування повернуто до попереднього.',
  'privacy.consents.heading': 'Для чого ми використовуємо ваші дані',
  'privacy.consents.intro': 'Зміни діють одразу, і ви можете передумати будь-коли.',
  'privacy.consents.necessary':
    'Завжди ввімкнено: потрібно для доставки ваших замовлень. Щоб припинити це, видаліть свої дані нижче.',
  'privacy.consents.changed': 'Востаннє змінено {date}',
  'privacy.consent.order_processing.label': 'Обробка ваших замовлень і оплат',
  'privacy.consent.order_processing.explanation':
    'Ми використовуємо ваше ім’я, контактні та платіжні дані, щоб приймати оплату й опрацьовувати ваші замовлення, повернення коштів і спори.',
  'privacy.consent.carrier_address_sharing.label': 'Передавання вашої адреси службі доставки',
  'privacy.consent.carrier_address_sharing.explanation':
    'Служба доставки отримує ваше ім’я, адресу й номер телефону, щоб доставити вам посилку.',
  'privacy.consent.notifications_email.label': 'Листи електронною поштою',
  'privacy.consent.notifications_email.explanation':
    'Ми пишемо вам на пошту про ваші замовлення, доставки, повернення коштів і спори.',
  'privacy.consent.notifications_sms.label': 'Текстові повідомлення (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'Ми надсилаємо SMS про ваші замовлення й доставки. Може стягуватися звичайна плата за вашим тарифом.',
  'privacy.consent.personalisation.label': 'Персоналізовані рекомендації та реклама',
  'privacy.consent.personalisation.explanation':
    'Ми враховуємо, що ви купуєте й переглядаєте, щоб пропонувати товари й показувати рекламу, яка вам підходить. Вимкнено, доки ви не ввімкнете.',
  'privacy.preferences.heading': 'Як ми з вами зв’язуємося',
  'privacy.preferences.intro': 'Оберіть, які повідомлення й куди ви отримуєте.',
  'privacy.preferences.caption': 'Повідомлення за каналами',
  'privacy.preferences.kind_header': 'Повідомлення',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Призупинено',
  'privacy.preferences.withdrawn':
    '{channel} призупинено, бо «{consent}» вище вимкнено. Ваш вибір тут збережеться, доки ви знову не ввімкнете цей пункт.',
  'privacy.kind.order_updates': 'Оновлення замовлень',
  'privacy.kind.delivery_problems': 'Проблеми з доставкою',
  'privacy.kind.refunds_and_disputes': 'Повернення коштів і спори',
  'privacy.channel.in_app': 'У застосунку',
  'privacy.channel.email': 'Електронна пошта',
  'privacy.channel.sms': 'SMS-повідомлення',
  'privacy.export.heading': 'Завантажити мої дані',
  'privacy.export.intro':
    'Отримайте копію всього, що ми про вас зберігаємо, у файлі JSON, який можуть прочитати інші сервіси. Його можна завантажити один раз протягом 24 годин.',
  'privacy.export.request': 'Запросити мої дані',
  'privacy.erasure.heading': 'Видалити мої дані',
  'privacy.erasure.intro':
    'Це видалить ваші персональні дані й закриє ваш обліковий запис у цьому магазині. Цю дію не можна скасувати.',
  'privacy.erasure.removed_heading': 'Що ми видаляємо',
  'privacy.erasure.kept_heading': 'Що ми зберігаємо і чому',
  'privacy.erasure.removed.contact_details': 'Ваше ім’я, адресу електронної пошти й номер телефону',
  'privacy.erasure.removed.shipping_addresses': 'Адреси доставки з ваших замовлень',
  'privacy.erasure.removed.preferences_and_messages': 'Ваші згоди, налаштування сповіщень і повідомлення',
  'privacy.erasure.removed.activity_history': 'Сеанси, експорти даних та історію оновлень у реальному часі',
  'privacy.erasure.kept.financial_records.record': 'Замовлення й оплати (товари, суми, дати)',
  'privacy.erasure.kept.financial_records.reason':
    'Податкове й торговельне законодавство зобов’язує нас їх зберігати — без будь-чого, що пов’язує їх із вами.',
  'privacy.erasure.kept.audit_log.record': 'Журнал безпеки',
  'privacy.erasure.kept.audit_log.reason':
    'Він фіксує, хто мав доступ до персональних даних, щоб захистити вас. У ньому лише ідентифікатори, які більше не ведуть до вас.',
  'privacy.erasure.start': 'Видалити мої дані…',
  'privacy.erasure.done_heading': 'Ваші дані видалено',
  'privacy.erasure.done_text':
    'Ми видалили ваші персональні дані {date}. Ви вийшли з облікового запису в цьому магазині.',
  'privacy.other': 'Інше використання ваших даних',
} as const satisfies CompleteCatalog<'privacy'>;

export default uk;
