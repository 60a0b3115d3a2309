import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Danish. */
const da = {
  'trouble.heading': 'Transaktionen mislykkedes',
  'trouble.payments': 'Mislykkede betalinger',
  'trouble.none': 'Ingen af dine seneste ordrer har en mislykket betaling.',
  'trouble.pick': 'Hvilken betaling mislykkedes?',
  'trouble.attempt': 'Ordre {number}, {total}, {date}',
  'trouble.cause': 'Årsag:',
  'trouble.steps': 'Det kan du gøre:',
  'trouble.step.address': 'Tjek, at faktureringsadressen er den, din bank har registreret for kortet.',
  'trouble.step.kept': 'Ordre {number} er gemt: betal den med et andet kort, så går intet tabt.',
  'trouble.address': 'Adresseproblemer',
  'trouble.country': 'Land, du sender til',
  'trouble.field.name': 'Fulde navn: skal udfyldes.',
  'trouble.field.line1': 'Vejnavn og husnummer: skal udfyldes.',
  'trouble.field.city': 'By: skal udfyldes.',
  'trouble.field.region_required': 'Stat, provins eller region: skal udfyldes i {country}.',
  'trouble.field.region_optional': 'Stat, provins eller region: valgfrit i {country}.',
  'trouble.field.postal_required': 'Postnummer: skal udfyldes i {country} i det lokale format.',
  'trouble.field.postal_optional': 'Postnummer: valgfrit i {country}.',
  'trouble.field.postal_none': 'Postnummer: {country} har ingen, lad feltet være tomt.',
  'trouble.field.phone': 'Telefon: valgfrit, kun til fragtfirmaet.',
  'trouble.postal.label': 'Tjek et postnummer for {country}',
  'trouble.postal.check': 'Tjek',
  'trouble.postal.ok': '{code} er et gyldigt postnummer i {country}.',
  'trouble.postal.invalid':
    '{code} er ikke et postnummer i {country}. Kopiér det fra et brev, der er sendt til adressen.',
  'trouble.postal.empty': 'Indtast et postnummer, og vælg derefter Tjek.',
} as const satisfies CompleteCatalog<'trouble'>;

export default da;
