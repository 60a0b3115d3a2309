import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The checkout helper in Norwegian Bokmål (du). */
const nb = {
  'outcome.declined.heading': 'Betalingen din gikk ikke gjennom',
  'outcome.declined.kept': 'Alt annet du har fylt ut, er fortsatt her. Bare kortopplysningene må skrives inn på nytt.',

  'outcome.challenge.heading': 'Bekreft at det er deg',
  'outcome.challenge.code': 'Bekreftelseskode',
  'outcome.challenge.code_hint': 'Du kan lime inn koden. Den utløper kl. {time}.',
  'outcome.challenge.verify': 'Bekreft og betal',
  'outcome.challenge.resend': 'Send en ny kode',
  'outcome.challenge.resend_wait': 'Du kan be om en ny kode om {seconds} s.',
  'outcome.challenge.resent': 'Vi har sendt en ny kode. Bare den nyeste koden virker.',
  'outcome.challenge.attempts_left': 'Forsøk igjen: {count}',
  'outcome.challenge.required': 'Skriv inn den 6-sifrede koden vi sendte deg.',
  'outcome.challenge.format': 'Koden har 6 sifre. Sjekk den og skriv den inn på nytt.',
  'outcome.challenge.wrong': 'Koden er feil. Sjekk den nyeste meldingen og prøv igjen.',
  'outcome.challenge.expired': 'Koden er utløpt. Send en ny kode, og skriv den inn.',
  'outcome.challenge.locked':
    'For mange feil koder, så vi stoppet betalingen for å beskytte deg. Velg en annen betalingsmåte eller prøv igjen senere.',
  'outcome.challenge.verifying': 'Sjekker koden…',

  'outcome.wallet.returned': 'Velkommen tilbake. Vi bekrefter TxPay-betalingen din…',
  'outcome.wallet.cancelled': 'Du forlot TxPay uten å betale. Velg hvordan du vil betale, og prøv igjen.',

  'outcome.on_hold.heading': 'Bestillingen din er registrert og venter på en rask kontroll',
  'outcome.on_hold.body':
    'Vi kontrollerer betalingen før bestillingen din gjøres klar. Du trenger ikke gjøre noe: vi sender deg en e-post når det er gjort, som regel innen et døgn.',

  'outcome.confirmation.heading': 'Takk, bestillingen din er registrert',
  'outcome.confirmation.number': 'Ordrenummer: {number}',
  'outcome.confirmation.paid': 'Betalt {total} med {method}',
  'outcome.confirmation.cod_due': 'Ha {total} klart til budet.',
  'outcome.confirmation.track': 'Følg bestillingen din',
  'outcome.confirmation.next_heading': 'Hva skjer nå',
  'outcome.confirmation.next':
    'Selgeren gjør nå bestillingen din klar. Vi gir deg beskjed når den er på vei, og du kan følge den når som helst med ordrenummeret.',
  'outcome.failure.network':
    'Vi fikk ikke kontakt med butikken. Sjekk tilkoblingen din og prøv igjen. Du blir ikke belastet to ganger.',
  'outcome.failure.generic': 'Noe gikk galt hos oss. Prøv igjen om litt; du blir ikke belastet to ganger.',
} as const satisfies CompleteCatalog<'outcome'>;

export default nb;
