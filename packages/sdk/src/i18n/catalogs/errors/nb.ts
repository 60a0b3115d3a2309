import type { CompleteCatalog } from '../../catalog.js';

/** Norwegian Bokmål, with "du" as Norwegian shops, Vipps and Posten address buyers. */
const nb = {
  'error.request_invalid.title': 'Noe på denne siden fungerte ikke',
  'error.request_invalid.next_step':
    'Last inn siden på nytt og prøv igjen. Hvis det fortsetter, kontakt selgeren og oppgi feilkoden.',
  'error.validation_failed.title': 'Noen opplysninger mangler eller er ugyldige',
  'error.validation_failed.next_step': 'Sjekk de markerte feltene og prøv igjen.',
  'error.payload_too_large.title': 'Det du sendte, er for stort',
  'error.payload_too_large.next_step': 'Send færre eller mindre filer og prøv igjen.',
  'error.unauthenticated.title': 'Økten din er utløpt',
  'error.unauthenticated.next_step': 'Logg inn igjen på nettstedet, og last deretter inn siden på nytt.',
  'error.forbidden.title': 'Dette er ikke tilgjengelig for kontoen din',
  'error.forbidden.next_step': 'Sørg for at du er logget inn med kontoen du bestilte med.',
  'error.not_found.title': 'Vi finner ikke det du leter etter',
  'error.not_found.next_step': 'Sjekk lenken eller nummeret, og sørg for at du er logget inn med riktig konto.',
  'error.in_progress.title': 'Vi jobber fortsatt med den siste forespørselen din',
  'error.in_progress.next_step': 'Vent litt, og prøv igjen.',
  'error.action_unavailable.title': 'Dette kan ikke lenger gjøres for denne bestillingen',
  'error.action_unavailable.next_step':
    'Last inn siden på nytt for å se bestillingens nåværende status og hva du kan gjøre nå.',
  'error.rate_limited.title': 'For mange forsøk',
  'error.rate_limited.next_step': 'Vent et minutt, og prøv igjen.',
  'error.server_error.title': 'Noe gikk galt hos oss',
  'error.server_error.next_step':
    'Vent noen minutter og prøv igjen. Hvis det fortsetter, kontakt selgeren og oppgi feilkoden.',
  'error.unavailable.title': 'Tjenesten er ikke tilgjengelig akkurat nå',
  'error.unavailable.next_step': 'Problemet ligger hos oss. Vent noen minutter, og prøv igjen.',
  'error.timeout.title': 'Dette tar for lang tid',
  'error.timeout.next_step': 'Vent litt, og prøv igjen.',
  'error.sign_in_failed.title': 'E-postadressen eller passordet er feil',
  'error.sign_in_failed.next_step': 'Sjekk begge deler og prøv igjen.',
  'error.code_required.title': 'Skriv inn bekreftelseskoden din',
  'error.code_required.next_step': 'Åpne autentiseringsappen din og skriv inn koden den viser.',
  'error.code_invalid.title': 'Koden er feil eller utløpt',
  'error.code_invalid.next_step': 'Skriv inn den nyeste koden fra autentiseringsappen din.',
  'error.consent_required.title': 'Denne tillatelsen trengs for bestillingene dine',
  'error.consent_required.next_step': 'La den være slått på så lenge du har bestillinger som pågår.',
  'error.erasure_blocked.title': 'Dataene dine kan ikke slettes ennå',
  'error.erasure_blocked.next_step':
    'En åpen bestilling eller sak trenger dem fortsatt. Prøv igjen når den er avsluttet.',
  'error.gone.title': 'Dette er ikke lenger tilgjengelig',
  'error.gone.next_step': 'Be om det på nytt for å få et nytt.',
  'error.unexpected.title': 'Noe gikk galt',
  'error.unexpected.next_step': 'Prøv igjen. Hvis det fortsetter, kontakt selgeren og oppgi feilkoden.',
} as const satisfies CompleteCatalog<'errors'>;

export default nb;
