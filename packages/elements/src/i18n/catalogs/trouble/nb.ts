import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Norwegian Bokmål. */
const nb = {
  'trouble.heading': 'Transaksjonen mislyktes',
  'trouble.payments': 'Mislykkede betalinger',
  'trouble.none': 'Ingen av de siste bestillingene dine har en mislykket betaling.',
  'trouble.pick': 'Hvilken betaling mislyktes?',
  'trouble.attempt': 'Bestilling {number}, {total}, {date}',
  'trouble.cause': 'Årsak:',
  'trouble.steps': 'Dette kan du gjøre:',
  'trouble.step.address': 'Sjekk at fakturaadressen er den banken din har registrert for kortet.',
  'trouble.step.kept': 'Bestilling {number} er tatt vare på: betal den med et annet kort, så går ingenting tapt.',
  'trouble.address': 'Adresseproblemer',
  'trouble.country': 'Landet du sender til',
  'trouble.field.name': 'Fullt navn: påkrevd.',
  'trouble.field.line1': 'Gateadresse: påkrevd.',
  'trouble.field.city': 'Poststed: påkrevd.',
  'trouble.field.region_required': 'Delstat, provins eller region: påkrevd i {country}.',
  'trouble.field.region_optional': 'Delstat, provins eller region: valgfritt i {country}.',
  'trouble.field.postal_required': 'Postnummer: påkrevd i {country}, i det lokale formatet.',
  'trouble.field.postal_optional': 'Postnummer: valgfritt i {country}.',
  'trouble.field.postal_none': 'Postnummer: {country} har ikke postnumre, la feltet stå tomt.',
  'trouble.field.phone': 'Telefon: valgfritt, bare for transportøren.',
  'trouble.postal.label': 'Sjekk et postnummer for {country}',
  'trouble.postal.check': 'Sjekk',
  'trouble.postal.ok': '{code} er et gyldig postnummer i {country}.',
  'trouble.postal.invalid':
    '{code} er ikke et postnummer i {country}. Kopier det fra et brev som er sendt til adressen.',
  'trouble.postal.empty': 'Skriv inn et postnummer, og velg deretter Sjekk.',
} as const satisfies CompleteCatalog<'trouble'>;

export default nb;
