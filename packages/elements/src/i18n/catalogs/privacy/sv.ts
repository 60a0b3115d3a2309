import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The privacy centre in Swedish (du). */
const sv = {
  'privacy.heading': 'Integritet och dina uppgifter',
  'privacy.intro':
    'Välj vad dina uppgifter används till och hur vi kontaktar dig. Du kan också ladda ned eller radera dina uppgifter.',
  'privacy.loading': 'Laddar dina integritetsinställningar…',
  'privacy.on': 'På',
  'privacy.off': 'Av',
  'privacy.saving': 'Sparar…',
  'privacy.saved_on': '”{label}” är nu på.',
  'privacy.saved_off': '”{label}” är nu av.',
  'privacy.save_failed': 'Vi kunde inte spara ”{label}”, så inställningen är som förut.',

  'privacy.consents.heading': 'Vad vi använder dina uppgifter till',
  'privacy.consents.intro': 'Ändringar gäller direkt, och du kan ändra dig när som helst.',
  'privacy.consents.necessary':
    'Alltid på: behövs för att leverera dina beställningar. Radera dina uppgifter nedan för att stoppa det.',
  'privacy.consents.changed': 'Senast ändrad {date}',
  'privacy.consent.order_processing.label': 'Hantering av dina beställningar och betalningar',
  'privacy.consent.order_processing.explanation':
    'Vi använder ditt namn, dina kontaktuppgifter och betalningsuppgifter för att ta betalt och hantera dina beställningar, återbetalningar och tvister.',
  'privacy.consent.carrier_address_sharing.label': 'Dela din adress med transportören',
  'privacy.consent.carrier_address_sharing.explanation':
    'Transportföretaget får ditt namn, din adress och ditt telefonnummer så att det kan leverera ditt paket.',
  'privacy.consent.notifications_email.label': 'E-postmeddelanden',
  'privacy.consent.notifications_email.explanation':
    'Vi mejlar dig om dina beställningar, leveranser, återbetalningar och tvister.',
  'privacy.consent.notifications_sms.label': 'Sms',
  'privacy.consent.notifications_sms.explanation':
    'Vi sms:ar dig om dina beställningar och leveranser. Ditt abonnemangs vanliga avgifter kan tillkomma.',
  'privacy.consent.personalisation.label': 'Anpassade förslag och annonser',
  'privacy.consent.personalisation.explanation':
    'Vi använder det du köper och tittar på för att föreslå produkter och visa annonser som passar dig. Av tills du slår på det.',

  'privacy.preferences.heading': 'Hur vi kontaktar dig',
  'privacy.preferences.intro': 'Välj vilka meddelanden du får, och var.',
  'privacy.preferences.caption': 'Meddelanden per kanal',
  'privacy.preferences.kind_header': 'Meddelande',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Pausad',
  'privacy.preferences.withdrawn':
    '{channel} är pausad eftersom ”{consent}” är av ovan. Dina val här sparas tills du slår på det igen.',
  'privacy.kind.order_updates': 'Beställningsuppdateringar',
  'privacy.kind.delivery_problems': 'Leveransproblem',
  'privacy.kind.refunds_and_disputes': 'Återbetalningar och tvister',
  'privacy.channel.in_app': 'I appen',
  'privacy.channel.email': 'E-post',
  'privacy.channel.sms': 'Sms',

  'privacy.export.heading': 'Ladda ned mina uppgifter',
  'privacy.export.intro':
    'Få en kopia av allt vi har om dig, som en JSON-fil som andra tjänster kan läsa. Du kan ladda ned den en gång, inom 24 timmar.',
  'privacy.export.request': 'Begär mina uppgifter',

  'privacy.erasure.heading': 'Radera mina uppgifter',
  'privacy.erasure.intro':
    'Det här raderar dina personuppgifter och avslutar ditt konto hos butiken. Det går inte att ångra.',
  'privacy.erasure.removed_heading': 'Vad vi raderar',
  'privacy.erasure.kept_heading': 'Vad vi sparar, och varför',
  'privacy.erasure.removed.contact_details': 'Ditt namn, din e-postadress och ditt telefonnummer',
  'privacy.erasure.removed.shipping_addresses': 'Leveransadresser på dina beställningar',
  'privacy.erasure.removed.preferences_and_messages': 'Dina samtycken, aviseringsinställningar och meddelanden',
  'privacy.erasure.removed.activity_history': 'Sessioner, dataexporter och historik för liveuppdateringar',
  'privacy.erasure.kept.financial_records.record': 'Beställningar och betalningar (varor, belopp, datum)',
  'privacy.erasure.kept.financial_records.reason':
    'Skatte- och bokföringslagar kräver att vi sparar ekonomiska underlag. De sparas utan något som kopplar dem till dig.',
  'privacy.erasure.kept.audit_log.record': 'Säkerhetslogg',
  'privacy.erasure.kept.audit_log.reason':
    'Den visar vem som har tagit del av personuppgifter, för att skydda dig; den innehåller bara id:n, som inte längre leder till dig.',
  'privacy.erasure.start': 'Radera mina uppgifter…',
  'privacy.erasure.done_heading': 'Dina uppgifter har raderats',
  'privacy.erasure.done_text': 'Vi raderade dina personuppgifter {date}. Du har loggats ut från butiken.',
  'privacy.other': 'En annan användning av dina uppgifter',
} as const satisfies CompleteCatalog<'privacy'>;

export default sv;
