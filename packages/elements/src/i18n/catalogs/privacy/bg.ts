import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Bulgarian, with formal “вие” as Bulgarian web shops address buyers. */
const bg = {
  'privacy.heading': 'Поверителност и вашите данни',
  'privacy.intro':
    'Изберете за какво се използват данните ви и как се свързваме с вас. Можете също да изтеглите или изтриете данните си.',
  'privacy.loading': 'Зареждаме настройките ви за поверителност…',
  'privacy.on': 'Вкл.',
  'privacy.off': 'Изкл.',
  'privacy.saving': 'Запазване…',
  'privacy.saved_on': '„{label}“ вече е включено.',
  'privacy.saved_off': '„{label}“ вече е изключено.',
  'privacy.save_failed': 'Не успяхме да запазим „{label}“, затова е върнато както беше.',

  'privacy.consents.heading': 'За какво използваме данните ви',
  'privacy.consents.intro': 'Промените влизат в сила веднага и можете да размислите по всяко време.',
  'privacy.consents.necessary':
    'Винаги включено: нужно е, за да доставим поръчките ви. За да го спрете, изтрийте данните си по-долу.',
  'privacy.consents.changed': 'Последна промяна на {date}',
  'privacy.consent.order_processing.label': 'Обработка на поръчките и плащанията ви',
  'privacy.consent.order_processing.explanation':
    'Използваме името, данните за контакт и данните за плащане, за да приемаме плащания и да обработваме поръчките, възстановяванията на суми и споровете ви.',
  'privacy.consent.carrier_address_sharing.label': 'Споделяне на адреса ви с куриера',
  'privacy.consent.carrier_address_sharing.explanation':
    'Куриерската фирма получава името, адреса и телефона ви, за да може да ви донесе пратката.',
  'privacy.consent.notifications_email.label': 'Имейл съобщения',
  'privacy.consent.notifications_email.explanation':
    'Изпращаме ви имейли за поръчките, доставките, възстановяванията на суми и споровете ви.',
  'privacy.consent.notifications_sms.label': 'Текстови съобщения (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'Изпращаме SMS на телефона ви за поръчките и доставките ви. Може да се прилагат обичайните такси на вашия мобилен план.',
  'privacy.consent.personalisation.label': 'Персонализирани предложения и реклами',
  'privacy.consent.personalisation.explanation':
    'Използваме какво купувате и разглеждате, за да предлагаме продукти и да показваме реклами, подходящи за вас. Изключено, докато не го включите.',

  'privacy.preferences.heading': 'Как се свързваме с вас',
  'privacy.preferences.intro': 'Изберете кои съобщения да получавате и къде.',
  'privacy.preferences.caption': 'Съобщения по канал',
  'privacy.preferences.kind_header': 'Съобщение',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'На пауза',
  'privacy.preferences.withdrawn':
    '{channel} е на пауза, защото „{consent}“ е изключено по-горе. Изборът ви тук се пази за момента, когато го включите отново.',
  'privacy.kind.order_updates': 'Новини за поръчки',
  'privacy.kind.delivery_problems': 'Проблеми с доставката',
  'privacy.kind.refunds_and_disputes': 'Възстановявания на суми и спорове',
  'privacy.channel.in_app': 'В приложението',
  'privacy.channel.email': 'Имейл',
  'privacy.channel.sms': 'SMS',

  'privacy.export.heading': 'Изтегляне на моите данни',
  'privacy.export.intro':
    'Получете копие на всичко, което съхраняваме за вас, като JSON файл, който други услуги могат да четат. Можете да го изтеглите веднъж, в рамките на 24 часа.',
  'privacy.export.request': 'Заяви моите данни',

  'privacy.erasure.heading': 'Изтриване на моите данни',
  'privacy.erasure.intro':
    'Това изтрива личните ви данни и закрива профила ви в този магазин. Не може да бъде отменено.',
  'privacy.erasure.removed_heading': 'Какво изтриваме',
  'privacy.erasure.kept_heading': 'Какво запазваме и защо',
  'privacy.erasure.removed.contact_details': 'Вашето име, имейл адрес и телефонен номер',
  'privacy.erasure.removed.shipping_addresses': 'Адресите за доставка в поръчките ви',
  'privacy.erasure.removed.preferences_and_messages': 'Вашите съгласия, настройки за известия и съобщения',
  'privacy.erasure.removed.activity_history': 'Сесии, експорти на данни и история на актуализациите на живо',
  'privacy.erasure.kept.financial_records.record': 'Поръчки и плащания (артикули, суми, дати)',
  'privacy.erasure.kept.financial_records.reason':
    'Данъчното и счетоводното законодателство ни задължава да пазим финансови записи. Те се пазят без нищо, което да ги свързва с вас.',
  'privacy.erasure.kept.audit_log.record': 'Журнал за одит на сигурността',
  'privacy.erasure.kept.audit_log.reason':
    'Записва кой е имал достъп до лични данни, за да ви защити; съдържа само идентификатори, които вече не водят до вас.',
  'privacy.erasure.start': 'Изтрий моите данни…',
  'privacy.erasure.done_heading': 'Данните ви са изтрити',
  'privacy.erasure.done_text': 'Изтрихме личните ви данни на {date}. Излязохте от профила си в този магазин.',
  'privacy.other': 'Друго използване на данните ви',
} as const satisfies CompleteCatalog<'privacy'>;

export default bg;
