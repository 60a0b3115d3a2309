import type { CompleteCatalog } from '../../catalog.js';

/** Norwegian Bokmål, with "du" as Norwegian shops, Vipps and Posten address buyers. */
const nb = {
  'status.unpaid.label': 'Venter på betaling',
  'status.unpaid.explanation':
    'Vi har ikke mottatt betalingen din ennå. Fullfør betalingen, så kan selgeren gjøre klar bestillingen din.',
  'status.on_hold.label': 'På vent',
  'status.on_hold.explanation':
    'Betalingen din har gått gjennom. En kort stund kan du fortsatt kansellere selv før selgeren begynner å gjøre klar bestillingen.',
  'status.awaiting_shipment.label': 'Gjøres klar for sending',
  'status.awaiting_shipment.explanation':
    'Selgeren pakker bestillingen din. Du ser sporingsinformasjonen når den er sendt.',
  'status.partially_shipped.label': 'Delvis sendt',
  'status.partially_shipped.explanation': 'Noen av varene dine er på vei. Resten kommer i en annen pakke.',
  'status.awaiting_collection.label': 'Venter på transportøren',
  'status.awaiting_collection.explanation': 'Pakken din er klar og venter på at transportøren skal hente den.',
  'status.in_transit.label': 'På vei',
  'status.in_transit.explanation': 'Transportøren har pakken din og er på vei til deg med den.',
  'status.delivered.label': 'Levert',
  'status.delivered.explanation':
    'Ifølge transportøren er pakken din levert. Hvis noe er galt med den, kan du fortsatt be om refusjon eller retur.',
  'status.completed.label': 'Fullført',
  'status.completed.explanation': 'Denne bestillingen er fullført. Returfristen har gått ut.',
  'status.cancelled.label': 'Kansellert',
  'status.cancelled.explanation':
    'Denne bestillingen er kansellert. Hvis du har betalt, går pengene tilbake til betalingsmåten du brukte.',

  'error.code': 'Feilkode: {code}',
  'error.retry': 'Prøv igjen',
  'error.retrying': 'Prøver igjen…',
  'error.not_configured.title': 'Denne siden er ikke riktig satt opp',
  'error.not_configured.next_step': 'Kontakt selgeren og oppgi feilkoden.',
  'error.network.title': 'Vi får ikke kontakt akkurat nå',
  'error.network.next_step': 'Sjekk internettilkoblingen din og prøv igjen.',
} as const satisfies CompleteCatalog<'core'>;

export default nb;
