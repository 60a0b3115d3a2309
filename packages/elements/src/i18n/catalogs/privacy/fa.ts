import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Persian, with formal “شما” as Iranian shops address buyers. */
const fa = {
  'privacy.heading': 'حریم خصوصی و داده‌های شما',
  'privacy.intro':
    'انتخاب کنید داده‌های شما برای چه کاری استفاده شود و چطور با شما تماس بگیریم. همچنین می‌توانید داده‌هایتان را دانلود یا حذف کنید.',
  'privacy.loading': 'در حال بارگذاری تنظیمات حریم خصوصی شما…',
  'privacy.on': 'روشن',
  'privacy.off': 'خاموش',
  'privacy.saving': 'در حال ذخیره…',
  'privacy.saved_on': '«{label}» اکنون روشن است.',
  'privacy.saved_off': '«{label}» اکنون خاموش است.',
  'privacy.save_failed': 'نتوانستیم «{label}» را ذخیره کنیم، برای همین به حالت قبل برگشت.',

  'privacy.consents.heading': 'داده‌های شما را برای چه استفاده می‌کنیم',
  'privacy.consents.intro': 'تغییرات بلافاصله اعمال می‌شوند و هر زمان می‌توانید نظرتان را عوض کنید.',
  'privacy.consents.necessary':
    'همیشه روشن: برای تحویل سفارش‌های شما لازم است. برای توقف آن، داده‌هایتان را در پایین حذف کنید.',
  'privacy.consents.changed': 'آخرین تغییر در {date}',
  'privacy.consent.order_processing.label': 'پردازش سفارش‌ها و پرداخت‌های شما',
  'privacy.consent.order_processing.explanation':
    'از نام، اطلاعات تماس و اطلاعات پرداخت شما برای دریافت پرداخت‌ها و رسیدگی به سفارش‌ها، بازپرداخت‌ها و اختلاف‌ها استفاده می‌کنیم.',
  'privacy.consent.carrier_address_sharing.label': 'اشتراک نشانی شما با شرکت حمل‌ونقل',
  'privacy.consent.carrier_address_sharing.explanation':
    'شرکت ارسال نام، نشانی و شمارهٔ تلفن شما را دریافت می‌کند تا بتواند بسته را به دستتان برساند.',
  'privacy.consent.notifications_email.label': 'پیام‌های ایمیلی',
  'privacy.consent.notifications_email.explanation':
    'دربارهٔ سفارش‌ها، ارسال‌ها، بازپرداخت‌ها و اختلاف‌ها به شما ایمیل می‌زنیم.',
  'privacy.consent.notifications_sms.label': 'پیامک (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'دربارهٔ سفارش‌ها و ارسال‌ها به تلفن شما پیامک می‌فرستیم. ممکن است هزینهٔ معمول طرح تلفن همراهتان اعمال شود.',
  'privacy.consent.personalisation.label': 'پیشنهادها و تبلیغات شخصی‌سازی‌شده',
  'privacy.consent.personalisation.explanation':
    'از آنچه می‌خرید و می‌بینید برای پیشنهاد محصولات و نمایش تبلیغات مناسب شما استفاده می‌کنیم. تا خودتان روشنش نکنید خاموش است.',

  'privacy.preferences.heading': 'چطور با شما تماس بگیریم',
  'privacy.preferences.intro': 'انتخاب کنید کدام پیام‌ها را و از چه راهی دریافت کنید.',
  'privacy.preferences.caption': 'پیام‌ها بر اساس کانال',
  'privacy.preferences.kind_header': 'پیام',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'متوقف',
  'privacy.preferences.withdrawn':
    '{channel} متوقف است چون «{consent}» در بالا خاموش است. انتخاب‌های شما در اینجا برای وقتی که دوباره روشنش کنید حفظ می‌شوند.',
  'privacy.kind.order_updates': 'به‌روزرسانی سفارش',
  'privacy.kind.delivery_problems': 'مشکلات ارسال',
  'privacy.kind.refunds_and_disputes': 'بازپرداخت‌ها و اختلاف‌ها',
  'privacy.channel.in_app': 'در برنامه',
  'privacy.channel.email': 'ایمیل',
  'privacy.channel.sms': 'پیامک',

  'privacy.export.heading': 'دانلود داده‌های من',
  'privacy.export.intro':
    'یک نسخه از همهٔ آنچه دربارهٔ شما نگه می‌داریم را به صورت فایل JSON که سرویس‌های دیگر هم می‌توانند بخوانند دریافت کنید. می‌توانید آن را یک بار و ظرف ۲۴ ساعت دانلود کنید.',
  'privacy.export.request': 'درخواست داده‌های من',

  'privacy.erasure.heading': 'حذف داده‌های من',
  'privacy.erasure.intro':
    'با این کار داده‌های شخصی شما حذف و حساب کاربری‌تان در این فروشگاه بسته می‌شود. این کار برگشت‌پذیر نیست.',
  'privacy.erasure.removed_heading': 'چه چیزی را حذف می‌کنیم',
  'privacy.erasure.kept_heading': 'چه چیزی را نگه می‌داریم و چرا',
  'privacy.erasure.removed.contact_details': 'نام، نشانی ایمیل و شمارهٔ تلفن شما',
  'privacy.erasure.removed.shipping_addresses': 'نشانی‌های ارسال سفارش‌های شما',
  'privacy.erasure.removed.preferences_and_messages': 'رضایت‌ها، تنظیمات اعلان و پیام‌های شما',
  'privacy.erasure.removed.activity_history': 'نشست‌ها، خروجی‌های داده و سابقهٔ به‌روزرسانی زنده',
  'privacy.erasure.kept.financial_records.record': 'سفارش‌ها و پرداخت‌ها (کالاها، مبالغ، تاریخ‌ها)',
  'privacy.erasure.kept.financial_records.reason':
    'قوانین مالیاتی و حسابداری ما را ملزم به نگه داشتن سوابق مالی می‌کنند. این سوابق بدون هیچ چیزی که آن‌ها را به شما مرتبط کند نگه داشته می‌شوند.',
  'privacy.erasure.kept.audit_log.record': 'گزارش ممیزی امنیتی',
  'privacy.erasure.kept.audit_log.reason':
    'برای حفاظت از شما ثبت می‌کند چه کسی به داده‌های شخصی دسترسی داشته؛ فقط شناسه دارد که دیگر به شما نمی‌رسد.',
  'privacy.erasure.start': 'حذف داده‌های من…',
  'privacy.erasure.done_heading': 'داده‌های شما حذف شد',
  'privacy.erasure.done_text': 'داده‌های شخصی شما را در {date} حذف کردیم. از حساب خود در این فروشگاه خارج شدید.',
  'privacy.other': 'کاربرد دیگری از داده‌های شما',
} as const satisfies CompleteCatalog<'privacy'>;

export default fa;
