import type { CompleteCatalog } from '@txassist/sdk/i18n';

const hr = {
  'outcome.declined.heading': 'Vaše plaćanje nije prošlo',
  'outcome.declined.kept': 'Sve ostalo što ste upisali i dalje je ovdje. Ponovno treba upisati samo podatke kartice.',

  'outcome.challenge.heading': 'Potvrdite da ste to vi',
  'outcome.challenge.code': 'Kod za potvrdu',
  'outcome.challenge.code_hint': 'Kod možete zalijepiti. Istječe u {time}.',
  'outcome.challenge.verify': 'Potvrdi i plati',
  'outcome.challenge.resend': 'Pošalji novi kod',
  'outcome.challenge.resend_wait': 'Novi kod možete zatražiti za {seconds} s.',
  'outcome.challenge.resent': 'Poslali smo novi kod. Vrijedi samo najnoviji kod.',
  'outcome.challenge.attempts_left': 'Preostali pokušaji: {count}',
  'outcome.challenge.required': 'Upišite 6-znamenkasti kod koji smo vam poslali.',
  'outcome.challenge.format': 'Kod ima 6 znamenki. Provjerite ga i upišite ponovno.',
  'outcome.challenge.wrong': 'Taj kod nije točan. Provjerite najnoviju poruku i pokušajte ponovno.',
  'outcome.challenge.expired': 'Ovaj je kod istekao. Pošaljite novi kod, a zatim ga upišite.',
  'outcome.challenge.locked':
    'Previše pogrešnih kodova pa smo zaustavili ovo plaćanje radi vaše zaštite. Odaberite drugi način plaćanja ili pokušajte kasnije.',
  'outcome.challenge.verifying': 'Provjeravamo kod…',

  'outcome.wallet.returned': 'Dobro došli natrag. Potvrđujemo vaše plaćanje putem TxPaya…',
  'outcome.wallet.cancelled': 'Napustili ste TxPay bez plaćanja. Odaberite kako želite platiti i pokušajte ponovno.',

  'outcome.on_hold.heading': 'Vaša je narudžba zaprimljena i čeka kratku provjeru',
  'outcome.on_hold.body':
    'Provjeravamo ovo plaćanje prije pripreme narudžbe. Ne trebate ništa poduzeti: poslat ćemo vam e-poruku kad bude gotovo, obično unutar jednog dana.',

  'outcome.confirmation.heading': 'Hvala, vaša je narudžba zaprimljena',
  'outcome.confirmation.number': 'Broj narudžbe: {number}',
  'outcome.confirmation.paid': 'Plaćeno {total} putem: {method}',
  'outcome.confirmation.cod_due': 'Pripremite {total} za dostavljača.',
  'outcome.confirmation.track': 'Pratite narudžbu',
  'outcome.confirmation.next_heading': 'Što slijedi',
  'outcome.confirmation.next':
    'Prodavatelj sada priprema vašu narudžbu. Javit ćemo vam kad krene na put, a možete je pratiti u bilo kojem trenutku pomoću broja narudžbe.',
  'outcome.failure.network':
    'Nismo mogli dosegnuti trgovinu. Provjerite vezu i pokušajte ponovno. Nećemo vam naplatiti dvaput.',
  'outcome.failure.generic':
    'Nešto je pošlo po zlu kod nas. Pokušajte ponovno za trenutak; nećemo vam naplatiti dvaput.',
} as const satisfies CompleteCatalog<'outcome'>;

export default hr;
