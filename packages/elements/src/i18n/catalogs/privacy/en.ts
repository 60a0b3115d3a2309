import type { Message, MessageBundle } from '@txassist/sdk/i18n';
import { privacyLoaders } from './loaders.js';

/** Namespace `privacy`, English: the privacy center's own words (errors are in `core`). */
export const privacyMessages = {
  'privacy.heading': 'Privacy and your data',
  'privacy.intro':
    'Choose what your data is used for and how we contact you. You can also download or delete your data.',
  'privacy.loading': 'Loading your privacy settings…',
  'privacy.on': 'On',
  'privacy.off': 'Off',
  'privacy.saving': 'Saving…',
  'privacy.saved_on': '“{label}” is now on.',
  'privacy.saved_off': '“{label}” is now off.',
  'privacy.save_failed': 'We couldn’t save “{label}”, so it is back to how it was.',

  'privacy.consents.heading': 'What we use your data for',
  'privacy.consents.intro': 'Changes take effect straight away, and you can change your mind at any time.',
  'privacy.consents.necessary': 'Always on: needed to deliver your orders. To stop it, delete your data below.',
  'privacy.consents.changed': 'Last changed on {date}',
  'privacy.consent.order_processing.label': 'Processing your orders and payments',
  'privacy.consent.order_processing.explanation':
    'We use your name, contact details and payment details to take payments and handle your orders, refunds and disputes.',
  'privacy.consent.carrier_address_sharing.label': 'Sharing your address with the carrier',
  'privacy.consent.carrier_address_sharing.explanation':
    'The delivery company gets your name, address and phone number so it can bring your package.',
  'privacy.consent.notifications_email.label': 'Email messages',
  'privacy.consent.notifications_email.explanation':
    'We email you about your orders, deliveries, refunds and disputes.',
  'privacy.consent.notifications_sms.label': 'Text messages (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'We text your phone about your orders and deliveries. Your phone plan’s usual charges may apply.',
  'privacy.consent.personalisation.label': 'Personalised suggestions and ads',
  'privacy.consent.personalisation.explanation':
    'We use what you buy and look at to suggest products and show ads that suit you. Off unless you turn it on.',

  'privacy.preferences.heading': 'How we contact you',
  'privacy.preferences.intro': 'Choose which messages you get, and where.',
  'privacy.preferences.caption': 'Messages by channel',
  'privacy.preferences.kind_header': 'Message',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Paused',
  'privacy.preferences.withdrawn':
    '{channel} is paused because “{consent}” is off above. Your choices here are kept for when you turn it back on.',
  'privacy.kind.order_updates': 'Order updates',
  'privacy.kind.delivery_problems': 'Delivery problems',
  'privacy.kind.refunds_and_disputes': 'Refunds and disputes',
  'privacy.channel.in_app': 'In the app',
  'privacy.channel.email': 'Email',
  'privacy.channel.sms': 'SMS',

  'privacy.export.heading': 'Download my data',
  'privacy.export.intro':
    'Get a copy of everything we hold about you, as a JSON file that other services can read. You can download it once, within 24 hours.',
  'privacy.export.request': 'Request my data',

  'privacy.erasure.heading': 'Delete my data',
  'privacy.erasure.intro':
    'This deletes your personal data and closes your account with this store. It can’t be undone.',
  'privacy.erasure.removed_heading': 'What we delete',
  'privacy.erasure.kept_heading': 'What we keep, and why',
  'privacy.erasure.removed.contact_details': 'Your name, email address and phone number',
  'privacy.erasure.removed.shipping_addresses': 'Shipping addresses on your orders',
  'privacy.erasure.removed.preferences_and_messages': 'Your consents, notification preferences and messages',
  'privacy.erasure.removed.activity_history': 'Sessions, data exports and live-update history',
  'privacy.erasure.kept.financial_records.record': 'Orders and payments (items, amounts, dates)',
  'privacy.erasure.kept.financial_records.reason':
    'Tax and accounting law requires us to keep financial records. They are kept without anything that links them to you.',
  'privacy.erasure.kept.audit_log.record': 'Security audit log',
  'privacy.erasure.kept.audit_log.reason':
    'It records who accessed personal data, to protect you; it holds ids only, which no longer lead to you.',
  'privacy.erasure.start': 'Delete my data…',
  'privacy.erasure.done_heading': 'Your data has been deleted',
  'privacy.erasure.done_text': 'We deleted your personal data on {date}. You have been signed out of this store.',
  // Neutral words for a value a newer API added (issue 14): shown instead of a missing key.
  'privacy.other': 'Another use of your data',
} as const satisfies Record<`privacy.${string}`, Message>;

/** The `privacy` namespace for `LocaleController` / `loadCatalog`: its name, its English and a loader per locale. */
export const PRIVACY: MessageBundle<'privacy'> = {
  namespace: 'privacy',
  english: privacyMessages,
  locales: privacyLoaders,
};
