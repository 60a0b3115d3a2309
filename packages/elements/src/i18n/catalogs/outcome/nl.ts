import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Dutch, with “je” as Dutch shops and payment services (bol.com, Shopify, Stripe) address buyers. */
const nl = {
  'outcome.declined.heading': 'Je betaling is niet gelukt',
  'outcome.declined.kept':
    'Alles wat je verder hebt ingevuld, staat er nog. Alleen de kaartgegevens moet je opnieuw invullen.',
  'outcome.challenge.heading': 'Bevestig dat jij het bent',
  'outcome.challenge.code': 'Verificatiecode',
  'outcome.challenge.code_hint': 'Je kunt de code plakken. Hij verloopt om {time}.',
  'outcome.challenge.verify': 'Bevestigen en betalen',
  'outcome.challenge.resend': 'Nieuwe code sturen',
  'outcome.challenge.resend_wait': 'Je kunt over {seconds} s een nieuwe code aanvragen.',
  'outcome.challenge.resent': 'We hebben een nieuwe code gestuurd. Alleen de nieuwste code werkt.',
  'outcome.challenge.attempts_left': 'Resterende pogingen: {count}',
  'outcome.challenge.required': 'Vul de code van 6 cijfers in die we je hebben gestuurd.',
  'outcome.challenge.format': 'De code heeft 6 cijfers. Controleer hem en vul hem opnieuw in.',
  'outcome.challenge.wrong': 'Die code klopt niet. Kijk in het nieuwste bericht en probeer het opnieuw.',
  'outcome.challenge.expired': 'Deze code is verlopen. Vraag een nieuwe code aan en vul die in.',
  'outcome.challenge.locked':
    'Te veel verkeerde codes, dus hebben we deze betaling stopgezet om je te beschermen. Kies een andere manier van betalen of probeer het later opnieuw.',
  'outcome.challenge.verifying': 'De code wordt gecontroleerd…',
  'outcome.wallet.returned': 'Welkom terug. We bevestigen je TxPay-betaling…',
  'outcome.wallet.cancelled':
    'Je hebt TxPay verlaten zonder te betalen. Kies hoe je wilt betalen en probeer het opnieuw.',
  'outcome.on_hold.heading': 'Je bestelling is geplaatst en wacht op een korte controle',
  'outcome.on_hold.body':
    'We controleren deze betaling voordat je bestelling wordt klaargemaakt. Je hoeft niets te doen: we mailen je als het klaar is, meestal binnen een dag.',
  'outcome.confirmation.heading': 'Bedankt, je bestelling is geplaatst',
  'outcome.confirmation.number': 'Bestelnummer: {number}',
  'outcome.confirmation.paid': '{total} betaald met {method}',
  'outcome.confirmation.cod_due': 'Houd {total} klaar voor de bezorger.',
  'outcome.confirmation.track': 'Je bestelling volgen',
  'outcome.confirmation.next_heading': 'Wat er nu gebeurt',
  'outcome.confirmation.next':
    'De verkoper maakt je bestelling nu klaar. We laten je weten wanneer die onderweg is, en je kunt hem altijd volgen met je bestelnummer.',
  'outcome.failure.network':
    'We konden de winkel niet bereiken. Controleer je verbinding en probeer het opnieuw. Je betaalt niet twee keer.',
  'outcome.failure.generic': 'Er ging bij ons iets mis. Probeer het zo opnieuw; je betaalt niet twee keer.',
} as const satisfies CompleteCatalog<'outcome'>;

export default nl;
