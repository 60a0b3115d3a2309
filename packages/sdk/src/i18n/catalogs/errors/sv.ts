import type { CompleteCatalog } from '../../catalog.js';

/** Swedish, with "du" as Swedish shops, Klarna and PostNord address buyers. */
const sv = {
  'error.request_invalid.title': 'Något på sidan fungerade inte',
  'error.request_invalid.next_step':
    'Ladda om sidan och försök igen. Om det fortsätter, kontakta säljaren och uppge felkoden.',
  'error.validation_failed.title': 'Vissa uppgifter saknas eller är ogiltiga',
  'error.validation_failed.next_step': 'Kontrollera de markerade fälten och försök igen.',
  'error.payload_too_large.title': 'Det du skickade är för stort',
  'error.payload_too_large.next_step': 'Skicka färre eller mindre filer och försök igen.',
  'error.unauthenticated.title': 'Din session har upphört',
  'error.unauthenticated.next_step': 'Logga in igen på webbplatsen och ladda sedan om sidan.',
  'error.forbidden.title': 'Det här är inte tillgängligt för ditt konto',
  'error.forbidden.next_step': 'Se till att du är inloggad med kontot du beställde med.',
  'error.not_found.title': 'Vi hittar inte det du letar efter',
  'error.not_found.next_step': 'Kontrollera länken eller numret och se till att du är inloggad med rätt konto.',
  'error.in_progress.title': 'Vi arbetar fortfarande med din senaste begäran',
  'error.in_progress.next_step': 'Vänta en stund och försök sedan igen.',
  'error.action_unavailable.title': 'Det här går inte längre att göra för beställningen',
  'error.action_unavailable.next_step':
    'Ladda om sidan för att se beställningens aktuella status och vad du kan göra nu.',
  'error.rate_limited.title': 'För många försök',
  'error.rate_limited.next_step': 'Vänta en minut och försök sedan igen.',
  'error.server_error.title': 'Något gick fel hos oss',
  'error.server_error.next_step':
    'Vänta några minuter och försök igen. Om det fortsätter, kontakta säljaren och uppge felkoden.',
  'error.unavailable.title': 'Tjänsten är inte tillgänglig just nu',
  'error.unavailable.next_step': 'Problemet ligger hos oss. Vänta några minuter och försök sedan igen.',
  'error.timeout.title': 'Det här tar för lång tid',
  'error.timeout.next_step': 'Vänta en stund och försök sedan igen.',
  'error.sign_in_failed.title': 'E-postadressen eller lösenordet stämmer inte',
  'error.sign_in_failed.next_step': 'Kontrollera båda och försök igen.',
  'error.code_required.title': 'Ange din verifieringskod',
  'error.code_required.next_step': 'Öppna din autentiseringsapp och ange koden som visas.',
  'error.code_invalid.title': 'Koden stämmer inte eller har gått ut',
  'error.code_invalid.next_step': 'Ange den senaste koden från din autentiseringsapp.',
  'error.consent_required.title': 'Den här behörigheten behövs för dina beställningar',
  'error.consent_required.next_step': 'Låt den vara på så länge du har pågående beställningar.',
  'error.erasure_blocked.title': 'Dina uppgifter kan inte raderas än',
  'error.erasure_blocked.next_step':
    'En öppen beställning eller ett öppet ärende behöver dem fortfarande. Försök igen när det är avslutat.',
  'error.gone.title': 'Det här är inte längre tillgängligt',
  'error.gone.next_step': 'Begär det igen för att få ett nytt.',
  'error.unexpected.title': 'Något gick fel',
  'error.unexpected.next_step': 'Försök igen. Om det fortsätter, kontakta säljaren och uppge felkoden.',
} as const satisfies CompleteCatalog<'errors'>;

export default sv;
