import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Dutch, with “je” as Dutch shops and payment services (bol.com, Shopify, Stripe) address buyers. */
const nl = {
  'privacy.heading': 'Privacy en je gegevens',
  'privacy.intro':
    'Kies waarvoor je gegevens worden gebruikt en hoe we contact met je opnemen. Je kunt je gegevens ook downloaden of verwijderen.',
  'privacy.loading': 'Je privacyinstellingen worden geladen…',
  'privacy.on': 'Aan',
  'privacy.off': 'Uit',
  'privacy.saving': 'Bezig met opslaan…',
  'privacy.saved_on': '“{label}” staat nu aan.',
  'privacy.saved_off': '“{label}” staat nu uit.',
  'privacy.save_failed': 'We konden “{label}” niet opslaan, dus het staat weer zoals het was.',
  'privacy.consents.heading': 'Waarvoor we je gegevens gebruiken',
  'privacy.consents.intro': 'Wijzigingen gelden meteen, en je kunt op elk moment van gedachten veranderen.',
  'privacy.consents.necessary':
    'Altijd aan: nodig om je bestellingen te bezorgen. Wil je dit stoppen, verwijder dan hieronder je gegevens.',
  'privacy.consents.changed': 'Laatst gewijzigd op {date}',
  'privacy.consent.order_processing.label': 'Je bestellingen en betalingen verwerken',
  'privacy.consent.order_processing.explanation':
    'We gebruiken je naam, contactgegevens en betaalgegevens om betalingen te ontvangen en je bestellingen, terugbetalingen en geschillen af te handelen.',
  'privacy.consent.carrier_address_sharing.label': 'Je adres delen met de vervoerder',
  'privacy.consent.carrier_address_sharing.explanation':
    'Het bezorgbedrijf krijgt je naam, adres en telefoonnummer, zodat het je pakket kan bezorgen.',
  'privacy.consent.notifications_email.label': 'Berichten per e-mail',
  'privacy.consent.notifications_email.explanation':
    'We mailen je over je bestellingen, bezorgingen, terugbetalingen en geschillen.',
  'privacy.consent.notifications_sms.label': 'Sms-berichten',
  'privacy.consent.notifications_sms.explanation':
    'We sturen je sms’jes over je bestellingen en bezorgingen. De gebruikelijke kosten van je abonnement kunnen gelden.',
  'privacy.consent.personalisation.label': 'Persoonlijke suggesties en advertenties',
  'privacy.consent.personalisation.explanation':
    'We gebruiken wat je koopt en bekijkt om producten voor te stellen en advertenties te tonen die bij je passen. Uit, tenzij je het aanzet.',
  'privacy.preferences.heading': 'Hoe we contact met je opnemen',
  'privacy.preferences.intro': 'Kies welke berichten je krijgt, en waar.',
  'privacy.preferences.caption': 'Berichten per kanaal',
  'privacy.preferences.kind_header': 'Bericht',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Gepauzeerd',
  'privacy.preferences.withdrawn':
    '{channel} is gepauzeerd omdat “{consent}” hierboven uit staat. Je keuzes hier blijven bewaard voor als je het weer aanzet.',
  'privacy.kind.order_updates': 'Updates over bestellingen',
  'privacy.kind.delivery_problems': 'Bezorgproblemen',
  'privacy.kind.refunds_and_disputes': 'Terugbetalingen en geschillen',
  'privacy.channel.in_app': 'In de app',
  'privacy.channel.email': 'E-mail',
  'privacy.channel.sms': 'Sms',
  'privacy.export.heading': 'Mijn gegevens downloaden',
  'privacy.export.intro':
    'Krijg een kopie van alles wat we over je bewaren, als JSON-bestand dat andere diensten kunnen lezen. Je kunt het één keer downloaden, binnen 24 uur.',
  'privacy.export.request': 'Mijn gegevens aanvragen',
  'privacy.erasure.heading': 'Mijn gegevens verwijderen',
  'privacy.erasure.intro':
    'Hiermee verwijder je je persoonsgegevens en sluit je je account bij deze winkel. Dit kan niet ongedaan worden gemaakt.',
  'privacy.erasure.removed_heading': 'Wat we verwijderen',
  'privacy.erasure.kept_heading': 'Wat we bewaren, en waarom',
  'privacy.erasure.removed.contact_details': 'Je naam, e-mailadres en telefoonnummer',
  'privacy.erasure.removed.shipping_addresses': 'Bezorgadressen op je bestellingen',
  'privacy.erasure.removed.preferences_and_messages': 'Je toestemmingen, meldingsvoorkeuren en berichten',
  'privacy.erasure.removed.activity_history': 'Sessies, gegevensexports en de geschiedenis van live-updates',
  'privacy.erasure.kept.financial_records.record': 'Bestellingen en betalingen (artikelen, bedragen, datums)',
  'privacy.erasure.kept.financial_records.reason':
    'De belasting- en boekhoudwet verplicht ons financiële gegevens te bewaren. Ze worden bewaard zonder iets dat ze aan jou koppelt.',
  'privacy.erasure.kept.audit_log.record': 'Beveiligingslogboek',
  'privacy.erasure.kept.audit_log.reason':
    'Het legt vast wie persoonsgegevens heeft ingezien, om jou te beschermen; het bevat alleen id’s, die niet meer naar jou leiden.',
  'privacy.erasure.start': 'Mijn gegevens verwijderen…',
  'privacy.erasure.done_heading': 'Je gegevens zijn verwijderd',
  'privacy.erasure.done_text': 'We hebben je persoonsgegevens op {date} verwijderd. Je bent uitgelogd bij deze winkel.',
  'privacy.other': 'Een ander gebruik van je gegevens',
} as const satisfies CompleteCatalog<'privacy'>;

export default nl;
