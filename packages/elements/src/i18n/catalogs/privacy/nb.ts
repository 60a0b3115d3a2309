import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The privacy centre in Norwegian Bokmål (du). */
const nb = {
  'privacy.heading': 'Personvern og dataene dine',
  'privacy.intro':
    'Velg hva dataene dine brukes til, og hvordan vi kontakter deg. Du kan også laste ned eller slette dataene dine.',
  'privacy.loading': 'Laster inn personverninnstillingene dine…',
  'privacy.on': 'På',
  'privacy.off': 'Av',
  'privacy.saving': 'Lagrer…',
  'privacy.saved_on': '«{label}» er nå slått på.',
  'privacy.saved_off': '«{label}» er nå slått av.',
  'privacy.save_failed': 'Vi kunne ikke lagre «{label}», så innstillingen er som før.',

  'privacy.consents.heading': 'Hva vi bruker dataene dine til',
  'privacy.consents.intro': 'Endringer gjelder med en gang, og du kan ombestemme deg når som helst.',
  'privacy.consents.necessary':
    'Alltid på: nødvendig for å levere bestillingene dine. Slett dataene dine nedenfor for å stoppe det.',
  'privacy.consents.changed': 'Sist endret {date}',
  'privacy.consent.order_processing.label': 'Behandling av bestillingene og betalingene dine',
  'privacy.consent.order_processing.explanation':
    'Vi bruker navnet ditt, kontaktopplysningene og betalingsopplysningene dine til å ta imot betaling og håndtere bestillinger, refusjoner og tvister.',
  'privacy.consent.carrier_address_sharing.label': 'Deling av adressen din med transportøren',
  'privacy.consent.carrier_address_sharing.explanation':
    'Transportselskapet får navnet, adressen og telefonnummeret ditt, slik at det kan levere pakken din.',
  'privacy.consent.notifications_email.label': 'E-poster',
  'privacy.consent.notifications_email.explanation':
    'Vi sender deg e-post om bestillinger, leveringer, refusjoner og tvister.',
  'privacy.consent.notifications_sms.label': 'Tekstmeldinger (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'Vi sender deg SMS om bestillinger og leveringer. Vanlige priser i mobilabonnementet ditt kan gjelde.',
  'privacy.consent.personalisation.label': 'Personlige forslag og annonser',
  'privacy.consent.personalisation.explanation':
    'Vi bruker det du kjøper og ser på, til å foreslå produkter og vise annonser som passer deg. Av med mindre du slår det på.',

  'privacy.preferences.heading': 'Hvordan vi kontakter deg',
  'privacy.preferences.intro': 'Velg hvilke meldinger du får, og hvor.',
  'privacy.preferences.caption': 'Meldinger per kanal',
  'privacy.preferences.kind_header': 'Melding',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Satt på pause',
  'privacy.preferences.withdrawn':
    '{channel} er satt på pause fordi «{consent}» er slått av ovenfor. Valgene dine her tas vare på til du slår det på igjen.',
  'privacy.kind.order_updates': 'Bestillingsoppdateringer',
  'privacy.kind.delivery_problems': 'Leveringsproblemer',
  'privacy.kind.refunds_and_disputes': 'Refusjoner og tvister',
  'privacy.channel.in_app': 'I appen',
  'privacy.channel.email': 'E-post',
  'privacy.channel.sms': 'SMS',

  'privacy.export.heading': 'Last ned dataene mine',
  'privacy.export.intro':
    'Få en kopi av alt vi har om deg, som en JSON-fil andre tjenester kan lese. Du kan laste den ned én gang, innen 24 timer.',
  'privacy.export.request': 'Be om dataene mine',

  'privacy.erasure.heading': 'Slett dataene mine',
  'privacy.erasure.intro':
    'Dette sletter personopplysningene dine og avslutter kontoen din i denne butikken. Det kan ikke angres.',
  'privacy.erasure.removed_heading': 'Hva vi sletter',
  'privacy.erasure.kept_heading': 'Hva vi beholder, og hvorfor',
  'privacy.erasure.removed.contact_details': 'Navnet, e-postadressen og telefonnummeret ditt',
  'privacy.erasure.removed.shipping_addresses': 'Leveringsadresser på bestillingene dine',
  'privacy.erasure.removed.preferences_and_messages': 'Samtykkene, varslingsinnstillingene og meldingene dine',
  'privacy.erasure.removed.activity_history': 'Økter, dataeksporter og historikk for direkteoppdateringer',
  'privacy.erasure.kept.financial_records.record': 'Bestillinger og betalinger (varer, beløp, datoer)',
  'privacy.erasure.kept.financial_records.reason':
    'Skatte- og regnskapsloven krever at vi oppbevarer regnskapsopplysninger. De lagres uten noe som knytter dem til deg.',
  'privacy.erasure.kept.audit_log.record': 'Sikkerhetslogg',
  'privacy.erasure.kept.audit_log.reason':
    'Den registrerer hvem som har hatt tilgang til personopplysninger, for å beskytte deg; den inneholder bare ID-er, som ikke lenger fører til deg.',
  'privacy.erasure.start': 'Slett dataene mine…',
  'privacy.erasure.done_heading': 'Dataene dine er slettet',
  'privacy.erasure.done_text': 'Vi slettet personopplysningene dine {date}. Du er logget ut av denne butikken.',
  'privacy.other': 'En annen bruk av dataene dine',
} as const satisfies CompleteCatalog<'privacy'>;

export default nb;
