import type { CompleteCatalog } from '../../catalog.js';

/** Danish, with "du" as Danish shops and PostNord address buyers. */
const da = {
  'error.request_invalid.title': 'Noget på denne side virkede ikke',
  'error.request_invalid.next_step':
    'Genindlæs siden, og prøv igen. Hvis det bliver ved, så kontakt sælgeren, og oplys fejlkoden.',
  'error.validation_failed.title': 'Nogle oplysninger mangler eller er ugyldige',
  'error.validation_failed.next_step': 'Tjek de markerede felter, og prøv igen.',
  'error.payload_too_large.title': 'Det, du sendte, er for stort',
  'error.payload_too_large.next_step': 'Send færre eller mindre filer, og prøv igen.',
  'error.unauthenticated.title': 'Din session er udløbet',
  'error.unauthenticated.next_step': 'Log ind igen på siden, og genindlæs derefter siden.',
  'error.forbidden.title': 'Dette er ikke tilgængeligt for din konto',
  'error.forbidden.next_step': 'Sørg for, at du er logget ind med den konto, du bestilte med.',
  'error.not_found.title': 'Vi kan ikke finde det, du leder efter',
  'error.not_found.next_step': 'Tjek linket eller nummeret, og sørg for, at du er logget ind med den rigtige konto.',
  'error.in_progress.title': 'Vi arbejder stadig på din seneste anmodning',
  'error.in_progress.next_step': 'Vent et øjeblik, og prøv igen.',
  'error.action_unavailable.title': 'Det kan ikke længere lade sig gøre for denne ordre',
  'error.action_unavailable.next_step': 'Genindlæs siden for at se ordrens aktuelle status, og hvad du kan gøre nu.',
  'error.rate_limited.title': 'For mange forsøg',
  'error.rate_limited.next_step': 'Vent et minut, og prøv igen.',
  'error.server_error.title': 'Noget gik galt hos os',
  'error.server_error.next_step':
    'Vent et par minutter, og prøv igen. Hvis det bliver ved, så kontakt sælgeren, og oplys fejlkoden.',
  'error.unavailable.title': 'Tjenesten er ikke tilgængelig lige nu',
  'error.unavailable.next_step': 'Problemet ligger hos os. Vent et par minutter, og prøv igen.',
  'error.timeout.title': 'Det tager for lang tid',
  'error.timeout.next_step': 'Vent et øjeblik, og prøv igen.',
  'error.sign_in_failed.title': 'E-mailen eller adgangskoden er forkert',
  'error.sign_in_failed.next_step': 'Tjek begge dele, og prøv igen.',
  'error.code_required.title': 'Indtast din bekræftelseskode',
  'error.code_required.next_step': 'Åbn din godkendelsesapp, og indtast den kode, den viser.',
  'error.code_invalid.title': 'Koden er forkert eller udløbet',
  'error.code_invalid.next_step': 'Indtast den nyeste kode fra din godkendelsesapp.',
  'error.consent_required.title': 'Denne tilladelse er nødvendig for dine ordrer',
  'error.consent_required.next_step': 'Lad den være slået til, så længe du har ordrer i gang.',
  'error.erasure_blocked.title': 'Dine data kan ikke slettes endnu',
  'error.erasure_blocked.next_step': 'En åben ordre eller sag har stadig brug for dem. Prøv igen, når den er lukket.',
  'error.gone.title': 'Dette er ikke længere tilgængeligt',
  'error.gone.next_step': 'Anmod om det igen for at få et nyt.',
  'error.unexpected.title': 'Noget gik galt',
  'error.unexpected.next_step': 'Prøv igen. Hvis det bliver ved, så kontakt sælgeren, og oplys fejlkoden.',
} as const satisfies CompleteCatalog<'errors'>;

export default da;
