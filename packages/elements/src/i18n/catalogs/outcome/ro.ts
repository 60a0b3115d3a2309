import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Checkout in Romanian (formal address). */
const ro = {
  'outcome.declined.heading': 'Plata nu a reușit',
  'outcome.declined.kept':
    'Toate celelalte informații introduse sunt păstrate. Trebuie să reintroduceți doar datele cardului.',
  'outcome.challenge.heading': 'Confirmați că sunteți dvs.',
  'outcome.challenge.code': 'Cod de verificare',
  'outcome.challenge.code_hint': 'Puteți lipi codul. Expiră la {time}.',
  'outcome.challenge.verify': 'Verificați și plătiți',
  'outcome.challenge.resend': 'Trimiteți un cod nou',
  'outcome.challenge.resend_wait': 'Puteți cere un cod nou peste {seconds} s.',
  'outcome.challenge.resent': 'Am trimis un cod nou. Doar cel mai recent cod funcționează.',
  'outcome.challenge.attempts_left': 'Încercări rămase: {count}',
  'outcome.challenge.required': 'Introduceți codul de 6 cifre pe care vi l-am trimis.',
  'outcome.challenge.format': 'Codul are 6 cifre. Verificați-l și introduceți-l din nou.',
  'outcome.challenge.wrong': 'Codul nu este corect. Verificați cel mai recent mesaj și încercați din nou.',
  'outcome.challenge.expired': 'Acest cod a expirat. Trimiteți un cod nou, apoi introduceți-l.',
  'outcome.challenge.locked':
    'Prea multe coduri greșite, așa că am oprit această plată pentru a vă proteja. Alegeți altă metodă de plată sau încercați mai târziu.',
  'outcome.challenge.verifying': 'Se verifică codul…',
  'outcome.wallet.returned': 'Bine ați revenit. Confirmăm plata TxPay…',
  'outcome.wallet.cancelled':
    'Ați părăsit TxPay fără să plătiți. Alegeți cum doriți să plătiți, apoi încercați din nou.',
  'outcome.on_hold.heading': 'Comanda este plasată și așteaptă o verificare rapidă',
  'outcome.on_hold.body':
    'Verificăm această plată înainte ca să fie pregătită comanda. Nu trebuie să faceți nimic: vă trimitem un e-mail când am terminat, de obicei în decurs de o zi.',
  'outcome.confirmation.heading': 'Vă mulțumim, comanda dvs. a fost plasată',
  'outcome.confirmation.number': 'Numărul comenzii: {number}',
  'outcome.confirmation.paid': 'Ați plătit {total} cu {method}',
  'outcome.confirmation.cod_due': 'Pregătiți {total} pentru curier.',
  'outcome.confirmation.track': 'Urmăriți comanda',
  'outcome.confirmation.next_heading': 'Ce urmează',
  'outcome.confirmation.next':
    'Vânzătorul vă pregătește acum comanda. Vă anunțăm când pleacă spre dvs. și o puteți urmări oricând cu numărul comenzii.',
  'outcome.failure.network':
    'Nu am putut accesa magazinul. Verificați conexiunea, apoi încercați din nou. Nu veți plăti de două ori.',
  'outcome.failure.generic':
    'A apărut o problemă la noi. Încercați din nou peste câteva momente; nu veți plăti de două ori.',
} as const satisfies CompleteCatalog<'outcome'>;

export default ro;
