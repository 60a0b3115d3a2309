import type { CompleteCatalog } from '../../catalog.js';

/** Dutch, with “je” as Dutch shops and payment services (bol.com, Shopify, Stripe) address buyers. */
const nl = {
  'error.request_invalid.title': 'Er werkte iets niet op deze pagina',
  'error.request_invalid.next_step':
    'Laad de pagina opnieuw en probeer het nog eens. Blijft het gebeuren, neem dan contact op met de verkoper en noem de foutcode.',
  'error.validation_failed.title': 'Sommige gegevens ontbreken of zijn niet geldig',
  'error.validation_failed.next_step': 'Controleer de gemarkeerde velden en probeer het opnieuw.',
  'error.payload_too_large.title': 'Wat je hebt verstuurd, is te groot',
  'error.payload_too_large.next_step': 'Stuur minder of kleinere bestanden en probeer het opnieuw.',
  'error.unauthenticated.title': 'Je sessie is verlopen',
  'error.unauthenticated.next_step': 'Log opnieuw in op deze site en laad de pagina opnieuw.',
  'error.forbidden.title': 'Dit is niet beschikbaar voor je account',
  'error.forbidden.next_step': 'Controleer of je bent ingelogd met het account waarmee je hebt besteld.',
  'error.not_found.title': 'We kunnen niet vinden wat je zoekt',
  'error.not_found.next_step': 'Controleer de link of het nummer, en of je met het juiste account bent ingelogd.',
  'error.in_progress.title': 'We zijn nog bezig met je vorige verzoek',
  'error.in_progress.next_step': 'Wacht even en probeer het dan opnieuw.',
  'error.action_unavailable.title': 'Dit kan niet meer voor deze bestelling',
  'error.action_unavailable.next_step':
    'Laad de pagina opnieuw om de huidige status van de bestelling te zien en wat je nu kunt doen.',
  'error.rate_limited.title': 'Te veel pogingen',
  'error.rate_limited.next_step': 'Wacht een minuut en probeer het dan opnieuw.',
  'error.server_error.title': 'Er ging bij ons iets mis',
  'error.server_error.next_step':
    'Wacht een paar minuten en probeer het opnieuw. Blijft het gebeuren, neem dan contact op met de verkoper en noem de foutcode.',
  'error.unavailable.title': 'Deze dienst is nu niet beschikbaar',
  'error.unavailable.next_step': 'Het probleem ligt bij ons. Wacht een paar minuten en probeer het opnieuw.',
  'error.timeout.title': 'Dit duurt te lang',
  'error.timeout.next_step': 'Wacht even en probeer het dan opnieuw.',
  'error.sign_in_failed.title': 'Het e-mailadres of wachtwoord klopt niet',
  'error.sign_in_failed.next_step': 'Controleer beide en probeer het opnieuw.',
  'error.code_required.title': 'Vul je verificatiecode in',
  'error.code_required.next_step': 'Open je authenticator-app en vul de code in die daar staat.',
  'error.code_invalid.title': 'Die code klopt niet of is verlopen',
  'error.code_invalid.next_step': 'Vul de nieuwste code uit je authenticator-app in.',
  'error.consent_required.title': 'Deze toestemming is nodig voor je bestellingen',
  'error.consent_required.next_step': 'Laat deze aan staan zolang je lopende bestellingen hebt.',
  'error.erasure_blocked.title': 'Je gegevens kunnen nog niet worden verwijderd',
  'error.erasure_blocked.next_step':
    'Een openstaande bestelling of zaak heeft ze nog nodig. Probeer het opnieuw als die is afgesloten.',
  'error.gone.title': 'Dit is niet meer beschikbaar',
  'error.gone.next_step': 'Vraag het opnieuw aan om een nieuwe te krijgen.',
  'error.unexpected.title': 'Er ging iets mis',
  'error.unexpected.next_step':
    'Probeer het opnieuw. Blijft het gebeuren, neem dan contact op met de verkoper en noem de foutcode.',
} as const satisfies CompleteCatalog<'errors'>;

export default nl;
