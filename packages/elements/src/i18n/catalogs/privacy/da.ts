import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The privacy centre in Danish (du). */
const da = {
  'privacy.heading': 'Privatliv og dine data',
  'privacy.intro':
    'Vælg, hvad dine data bruges til, og hvordan vi kontakter dig. Du kan også downloade eller slette dine data.',
  'privacy.loading': 'Indlæser dine privatlivsindstillinger…',
  'privacy.on': 'Til',
  'privacy.off': 'Fra',
  'privacy.saving': 'Gemmer…',
  'privacy.saved_on': '»{label}« er nu slået til.',
  'privacy.saved_off': '»{label}« er nu slået fra.',
  'privacy.save_failed': 'Vi kunne ikke gemme »{label}«, så indstillingen er som før.',

  'privacy.consents.heading': 'Hvad vi bruger dine data til',
  'privacy.consents.intro': 'Ændringer træder i kraft med det samme, og du kan altid ombestemme dig.',
  'privacy.consents.necessary':
    'Altid slået til: nødvendigt for at levere dine ordrer. Slet dine data nedenfor for at stoppe det.',
  'privacy.consents.changed': 'Sidst ændret {date}',
  'privacy.consent.order_processing.label': 'Behandling af dine ordrer og betalinger',
  'privacy.consent.order_processing.explanation':
    'Vi bruger dit navn, dine kontaktoplysninger og betalingsoplysninger til at modtage betalinger og håndtere dine ordrer, refusioner og tvister.',
  'privacy.consent.carrier_address_sharing.label': 'Deling af din adresse med fragtfirmaet',
  'privacy.consent.carrier_address_sharing.explanation':
    'Fragtfirmaet får dit navn, din adresse og dit telefonnummer, så det kan levere din pakke.',
  'privacy.consent.notifications_email.label': 'E-mails',
  'privacy.consent.notifications_email.explanation':
    'Vi sender dig e-mails om dine ordrer, leveringer, refusioner og tvister.',
  'privacy.consent.notifications_sms.label': 'Sms’er',
  'privacy.consent.notifications_sms.explanation':
    'Vi sender dig sms’er om dine ordrer og leveringer. Dit abonnements normale takster kan gælde.',
  'privacy.consent.personalisation.label': 'Personlige forslag og annoncer',
  'privacy.consent.personalisation.explanation':
    'Vi bruger det, du køber og kigger på, til at foreslå produkter og vise annoncer, der passer til dig. Slået fra, medmindre du slår det til.',

  'privacy.preferences.heading': 'Hvordan vi kontakter dig',
  'privacy.preferences.intro': 'Vælg, hvilke beskeder du får, og hvor.',
  'privacy.preferences.caption': 'Beskeder pr. kanal',
  'privacy.preferences.kind_header': 'Besked',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Sat på pause',
  'privacy.preferences.withdrawn':
    '{channel} er sat på pause, fordi »{consent}« er slået fra ovenfor. Dine valg her gemmes, til du slår det til igen.',
  'privacy.kind.order_updates': 'Ordreopdateringer',
  'privacy.kind.delivery_problems': 'Leveringsproblemer',
  'privacy.kind.refunds_and_disputes': 'Refusioner og tvister',
  'privacy.channel.in_app': 'I appen',
  'privacy.channel.email': 'E-mail',
  'privacy.channel.sms': 'Sms',

  'privacy.export.heading': 'Download mine data',
  'privacy.export.intro':
    'Få en kopi af alt, hvad vi har om dig, som en JSON-fil, andre tjenester kan læse. Du kan downloade den én gang inden for 24 timer.',
  'privacy.export.request': 'Anmod om mine data',

  'privacy.erasure.heading': 'Slet mine data',
  'privacy.erasure.intro':
    'Dette sletter dine personoplysninger og lukker din konto i denne butik. Det kan ikke fortrydes.',
  'privacy.erasure.removed_heading': 'Hvad vi sletter',
  'privacy.erasure.kept_heading': 'Hvad vi beholder, og hvorfor',
  'privacy.erasure.removed.contact_details': 'Dit navn, din e-mailadresse og dit telefonnummer',
  'privacy.erasure.removed.shipping_addresses': 'Leveringsadresser på dine ordrer',
  'privacy.erasure.removed.preferences_and_messages': 'Dine samtykker, notifikationsindstillinger og beskeder',
  'privacy.erasure.removed.activity_history': 'Sessioner, dataeksporter og historik for liveopdateringer',
  'privacy.erasure.kept.financial_records.record': 'Ordrer og betalinger (varer, beløb, datoer)',
  'privacy.erasure.kept.financial_records.reason':
    'Skatte- og bogføringsloven kræver, at vi opbevarer regnskabsbilag. De gemmes uden noget, der forbinder dem med dig.',
  'privacy.erasure.kept.audit_log.record': 'Sikkerhedslog',
  'privacy.erasure.kept.audit_log.reason':
    'Den registrerer, hvem der har tilgået personoplysninger, for at beskytte dig; den indeholder kun id’er, som ikke længere fører til dig.',
  'privacy.erasure.start': 'Slet mine data…',
  'privacy.erasure.done_heading': 'Dine data er slettet',
  'privacy.erasure.done_text': 'Vi slettede dine personoplysninger {date}. Du er logget ud af denne butik.',
  'privacy.other': 'En anden brug af dine data',
} as const satisfies CompleteCatalog<'privacy'>;

export default da;
