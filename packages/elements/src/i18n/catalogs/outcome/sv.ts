import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The checkout helper in Swedish (du, as Klarna and Swedish shops write). */
const sv = {
  'outcome.declined.heading': 'Din betalning gick inte igenom',
  'outcome.declined.kept': 'Allt annat du har fyllt i finns kvar. Bara kortuppgifterna behöver anges igen.',

  'outcome.challenge.heading': 'Bekräfta att det är du',
  'outcome.challenge.code': 'Verifieringskod',
  'outcome.challenge.code_hint': 'Du kan klistra in koden. Den slutar gälla {time}.',
  'outcome.challenge.verify': 'Verifiera och betala',
  'outcome.challenge.resend': 'Skicka en ny kod',
  'outcome.challenge.resend_wait': 'Du kan be om en ny kod om {seconds} s.',
  'outcome.challenge.resent': 'Vi har skickat en ny kod. Bara den senaste koden fungerar.',
  'outcome.challenge.attempts_left': 'Försök kvar: {count}',
  'outcome.challenge.required': 'Ange den 6-siffriga koden vi skickade till dig.',
  'outcome.challenge.format': 'Koden har 6 siffror. Kontrollera den och ange den igen.',
  'outcome.challenge.wrong': 'Koden stämmer inte. Kontrollera det senaste meddelandet och försök igen.',
  'outcome.challenge.expired': 'Koden har slutat gälla. Skicka en ny kod och ange den.',
  'outcome.challenge.locked':
    'För många felaktiga koder, så vi stoppade betalningen för att skydda dig. Välj ett annat betalsätt eller försök igen senare.',
  'outcome.challenge.verifying': 'Kontrollerar koden…',

  'outcome.wallet.returned': 'Välkommen tillbaka. Vi bekräftar din TxPay-betalning…',
  'outcome.wallet.cancelled': 'Du lämnade TxPay utan att betala. Välj hur du vill betala och försök igen.',

  'outcome.on_hold.heading': 'Din beställning är lagd och väntar på en snabb kontroll',
  'outcome.on_hold.body':
    'Vi kontrollerar betalningen innan din beställning förbereds. Du behöver inte göra något: vi mejlar dig när det är klart, oftast inom ett dygn.',

  'outcome.confirmation.heading': 'Tack, din beställning är lagd',
  'outcome.confirmation.number': 'Beställningsnummer: {number}',
  'outcome.confirmation.paid': 'Betalat {total} med {method}',
  'outcome.confirmation.cod_due': 'Ha {total} redo till budet.',
  'outcome.confirmation.track': 'Följ din beställning',
  'outcome.confirmation.next_heading': 'Vad händer nu',
  'outcome.confirmation.next':
    'Säljaren gör nu i ordning din beställning. Vi meddelar dig när den är på väg, och du kan när som helst följa den med ditt beställningsnummer.',
  'outcome.failure.network':
    'Vi nådde inte butiken. Kontrollera din anslutning och försök igen. Du debiteras inte två gånger.',
  'outcome.failure.generic': 'Något gick fel hos oss. Försök igen om en stund; du debiteras inte två gånger.',
} as const satisfies CompleteCatalog<'outcome'>;

export default sv;
