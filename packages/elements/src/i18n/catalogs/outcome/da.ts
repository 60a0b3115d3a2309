import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The checkout helper in Danish (du). */
const da = {
  'outcome.declined.heading': 'Din betaling gik ikke igennem',
  'outcome.declined.kept': 'Alt det andet, du har udfyldt, er her stadig. Kun kortoplysningerne skal indtastes igen.',

  'outcome.challenge.heading': 'Bekræft, at det er dig',
  'outcome.challenge.code': 'Bekræftelseskode',
  'outcome.challenge.code_hint': 'Du kan indsætte koden. Den udløber kl. {time}.',
  'outcome.challenge.verify': 'Bekræft og betal',
  'outcome.challenge.resend': 'Send en ny kode',
  'outcome.challenge.resend_wait': 'Du kan bede om en ny kode om {seconds} sek.',
  'outcome.challenge.resent': 'Vi har sendt en ny kode. Kun den nyeste kode virker.',
  'outcome.challenge.attempts_left': 'Forsøg tilbage: {count}',
  'outcome.challenge.required': 'Indtast koden på 6 cifre, som vi har sendt dig.',
  'outcome.challenge.format': 'Koden har 6 cifre. Tjek den, og indtast den igen.',
  'outcome.challenge.wrong': 'Koden er forkert. Tjek den nyeste besked, og prøv igen.',
  'outcome.challenge.expired': 'Koden er udløbet. Send en ny kode, og indtast den.',
  'outcome.challenge.locked':
    'For mange forkerte koder, så vi har stoppet betalingen for at beskytte dig. Vælg en anden betalingsmåde, eller prøv igen senere.',
  'outcome.challenge.verifying': 'Tjekker koden…',

  'outcome.wallet.returned': 'Velkommen tilbage. Vi bekræfter din TxPay-betaling…',
  'outcome.wallet.cancelled': 'Du forlod TxPay uden at betale. Vælg, hvordan du vil betale, og prøv igen.',

  'outcome.on_hold.heading': 'Din ordre er afgivet og venter på et hurtigt tjek',
  'outcome.on_hold.body':
    'Vi tjekker betalingen, før din ordre gøres klar. Du skal ikke gøre noget: vi sender dig en e-mail, når det er klaret, som regel inden for et døgn.',

  'outcome.confirmation.heading': 'Tak, din ordre er afgivet',
  'outcome.confirmation.number': 'Ordrenummer: {number}',
  'outcome.confirmation.paid': 'Betalt {total} med {method}',
  'outcome.confirmation.cod_due': 'Hav {total} klar til budet.',
  'outcome.confirmation.track': 'Følg din ordre',
  'outcome.confirmation.next_heading': 'Hvad sker der nu',
  'outcome.confirmation.next':
    'Sælgeren gør nu din ordre klar. Vi giver dig besked, når den er på vej, og du kan altid følge den med dit ordrenummer.',
  'outcome.failure.network':
    'Vi kunne ikke få forbindelse til butikken. Tjek din forbindelse, og prøv igen. Du bliver ikke trukket to gange.',
  'outcome.failure.generic': 'Noget gik galt hos os. Prøv igen om lidt; du bliver ikke trukket to gange.',
} as const satisfies CompleteCatalog<'outcome'>;

export default da;
