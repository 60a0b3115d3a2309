import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The checkout helper in Czech (formal vy). */
const cs = {
  'outcome.declined.heading': 'Vaše platba neprošla',
  'outcome.declined.kept': 'Vše ostatní, co jste vyplnili, zůstalo. Znovu stačí zadat jen údaje o kartě.',

  'outcome.challenge.heading': 'Potvrďte, že jste to vy',
  'outcome.challenge.code': 'Ověřovací kód',
  'outcome.challenge.code_hint': 'Kód můžete vložit. Platí do {time}.',
  'outcome.challenge.verify': 'Ověřit a zaplatit',
  'outcome.challenge.resend': 'Poslat nový kód',
  'outcome.challenge.resend_wait': 'O nový kód můžete požádat za {seconds} s.',
  'outcome.challenge.resent': 'Poslali jsme nový kód. Platí jen ten nejnovější.',
  'outcome.challenge.attempts_left': 'Zbývající pokusy: {count}',
  'outcome.challenge.required': 'Zadejte 6místný kód, který jsme vám poslali.',
  'outcome.challenge.format': 'Kód má 6 číslic. Zkontrolujte ho a zadejte znovu.',
  'outcome.challenge.wrong': 'Kód není správný. Zkontrolujte nejnovější zprávu a zkuste to znovu.',
  'outcome.challenge.expired': 'Platnost kódu vypršela. Pošlete si nový kód a zadejte ho.',
  'outcome.challenge.locked':
    'Příliš mnoho chybných kódů, proto jsme platbu pro vaši ochranu zastavili. Zvolte jiný způsob platby nebo to zkuste později.',
  'outcome.challenge.verifying': 'Ověřujeme kód…',

  'outcome.wallet.returned': 'Vítejte zpět. Potvrzujeme vaši platbu přes TxPay…',
  'outcome.wallet.cancelled': 'Opustili jste TxPay bez zaplacení. Vyberte způsob platby a zkuste to znovu.',

  'outcome.on_hold.heading': 'Objednávka je přijatá a čeká na krátkou kontrolu',
  'outcome.on_hold.body':
    'Než se začne objednávka připravovat, platbu zkontrolujeme. Nemusíte nic dělat: až bude hotovo, pošleme vám e-mail, obvykle do jednoho dne.',

  'outcome.confirmation.heading': 'Děkujeme, objednávka je přijatá',
  'outcome.confirmation.number': 'Číslo objednávky: {number}',
  'outcome.confirmation.paid': 'Zaplaceno {total} ({method})',
  'outcome.confirmation.cod_due': 'Připravte si pro kurýra {total}.',
  'outcome.confirmation.track': 'Sledovat objednávku',
  'outcome.confirmation.next_heading': 'Co bude dál',
  'outcome.confirmation.next':
    'Prodejce teď vaši objednávku připraví. Jakmile bude na cestě, dáme vám vědět, a kdykoli ji můžete sledovat podle čísla objednávky.',
  'outcome.failure.network':
    'Nepodařilo se spojit s obchodem. Zkontrolujte připojení a zkuste to znovu. Peníze vám nestrhneme dvakrát.',
  'outcome.failure.generic':
    'Na naší straně se něco pokazilo. Zkuste to za chvíli znovu; peníze vám nestrhneme dvakrát.',
} as const satisfies CompleteCatalog<'outcome'>;

export default cs;
