import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Filipino, in the everyday Taglish of Philippine shopping apps ("order", "refund", "i-download"). */
const fil = {
  'privacy.heading': 'Privacy at ang data mo',
  'privacy.intro':
    'Piliin kung para saan gagamitin ang data mo at kung paano ka namin kokontakin. Puwede mo ring i-download o burahin ang data mo.',
  'privacy.loading': 'Nilo-load ang mga privacy setting mo…',
  'privacy.on': 'Naka-on',
  'privacy.off': 'Naka-off',
  'privacy.saving': 'Sine-save…',
  'privacy.saved_on': 'Naka-on na ang “{label}”.',
  'privacy.saved_off': 'Naka-off na ang “{label}”.',
  'privacy.save_failed': 'Hindi namin na-save ang “{label}”, kaya ibinalik ito sa dati.',
  'privacy.consents.heading': 'Para saan namin ginagamit ang data mo',
  'privacy.consents.intro': 'Agad na may bisa ang mga pagbabago, at puwede kang magbago ng isip anumang oras.',
  'privacy.consents.necessary':
    'Laging naka-on: kailangan ito para maihatid ang mga order mo. Para itigil ito, burahin ang data mo sa ibaba.',
  'privacy.consents.changed': 'Huling binago noong {date}',
  'privacy.consent.order_processing.label': 'Pagproseso ng mga order at bayad mo',
  'privacy.consent.order_processing.explanation':
    'Ginagamit namin ang pangalan, contact details at payment details mo para tumanggap ng bayad at asikasuhin ang mga order, refund at dispute mo.',
  'privacy.consent.carrier_address_sharing.label': 'Pagbabahagi ng address mo sa courier',
  'privacy.consent.carrier_address_sharing.explanation':
    'Natatanggap ng courier ang pangalan, address at numero ng telepono mo para maihatid ang package mo.',
  'privacy.consent.notifications_email.label': 'Mga mensahe sa email',
  'privacy.consent.notifications_email.explanation':
    'Nag-e-email kami sa iyo tungkol sa mga order, delivery, refund at dispute mo.',
  'privacy.consent.notifications_sms.label': 'Mga text message (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'Nagte-text kami tungkol sa mga order at delivery mo. Maaaring may karaniwang singil ang phone plan mo.',
  'privacy.consent.personalisation.label': 'Mga personalized na suhestiyon at ad',
  'privacy.consent.personalisation.explanation':
    'Ginagamit namin ang mga binibili at tinitingnan mo para magmungkahi ng mga produkto at magpakita ng mga ad na bagay sa iyo. Naka-off maliban kung i-on mo.',
  'privacy.preferences.heading': 'Paano ka namin kinokontak',
  'privacy.preferences.intro': 'Piliin kung aling mga mensahe ang matatanggap mo, at saan.',
  'privacy.preferences.caption': 'Mga mensahe ayon sa channel',
  'privacy.preferences.kind_header': 'Mensahe',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Naka-pause',
  'privacy.preferences.withdrawn':
    'Naka-pause ang {channel} dahil naka-off ang “{consent}” sa itaas. Naka-save ang mga pinili mo rito para sa oras na i-on mo ulit ito.',
  'privacy.kind.order_updates': 'Mga update sa order',
  'privacy.kind.delivery_problems': 'Mga problema sa delivery',
  'privacy.kind.refunds_and_disputes': 'Mga refund at dispute',
  'privacy.channel.in_app': 'Sa app',
  'privacy.channel.email': 'Email',
  'privacy.channel.sms': 'SMS',
  'privacy.export.heading': 'I-download ang data ko',
  'privacy.export.intro':
    'Kumuha ng kopya ng lahat ng hawak naming data tungkol sa iyo, bilang JSON file na nababasa ng ibang serbisyo. Isang beses mo lang ito mada-download, sa loob ng 24 oras.',
  'privacy.export.request': 'Hilingin ang data ko',
  'privacy.erasure.heading': 'Burahin ang data ko',
  'privacy.erasure.intro':
    'Buburahin nito ang personal data mo at isasara ang account mo sa store na ito. Hindi na ito maibabalik.',
  'privacy.erasure.removed_heading': 'Ang buburahin namin',
  'privacy.erasure.kept_heading': 'Ang itatago namin, at bakit',
  'privacy.erasure.removed.contact_details': 'Ang pangalan, email address at phone number mo',
  'privacy.erasure.removed.shipping_addresses': 'Ang mga shipping address sa mga order mo',
  'privacy.erasure.removed.preferences_and_messages': 'Ang mga consent, notification preferences at mensahe mo',
  'privacy.erasure.removed.activity_history': 'Mga session, data export at history ng live updates',
  'privacy.erasure.kept.financial_records.record': 'Mga order at bayad (items, halaga, petsa)',
  'privacy.erasure.kept.financial_records.reason':
    'Kailangan namin itong itago ayon sa batas sa buwis at accounting, pero wala nang makakapag-ugnay nito sa iyo.',
  'privacy.erasure.kept.audit_log.record': 'Security audit log',
  'privacy.erasure.kept.audit_log.reason':
    'Nakatala rito kung sino ang nag-access ng personal data, para protektado ka. IDs lang ang laman nito, na hindi na tumuturo sa iyo.',
  'privacy.erasure.start': 'Burahin ang data ko…',
  'privacy.erasure.done_heading': 'Nabura na ang data mo',
  'privacy.erasure.done_text': 'Binura namin ang personal data mo noong {date}. Na-log out ka na sa store na ito.',
  'privacy.other': 'Iba pang gamit ng data mo',
} as const satisfies CompleteCatalog<'privacy'>;

export default fil;
