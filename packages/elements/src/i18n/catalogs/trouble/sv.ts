import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Swedish. */
const sv = {
  'trouble.heading': 'Transaktionen misslyckades',
  'trouble.payments': 'Misslyckade betalningar',
  'trouble.none': 'Ingen av dina senaste beställningar har en misslyckad betalning.',
  'trouble.pick': 'Vilken betalning misslyckades?',
  'trouble.attempt': 'Beställning {number}, {total}, {date}',
  'trouble.cause': 'Varför:',
  'trouble.steps': 'Gör så här:',
  'trouble.step.address': 'Kontrollera att fakturaadressen är den som din bank har för kortet.',
  'trouble.step.kept': 'Beställning {number} finns kvar: betala den med ett annat kort så går inget förlorat.',
  'trouble.address': 'Adressproblem',
  'trouble.country': 'Land du skickar till',
  'trouble.field.name': 'För- och efternamn: obligatoriskt.',
  'trouble.field.line1': 'Gatuadress: obligatoriskt.',
  'trouble.field.city': 'Ort: obligatoriskt.',
  'trouble.field.region_required': 'Delstat, provins eller region: obligatoriskt i {country}.',
  'trouble.field.region_optional': 'Delstat, provins eller region: valfritt i {country}.',
  'trouble.field.postal_required': 'Postnummer: obligatoriskt i {country}, i det lokala formatet.',
  'trouble.field.postal_optional': 'Postnummer: valfritt i {country}.',
  'trouble.field.postal_none': 'Postnummer: {country} har inga, lämna fältet tomt.',
  'trouble.field.phone': 'Telefon: valfritt, bara för transportören.',
  'trouble.postal.label': 'Kontrollera ett postnummer för {country}',
  'trouble.postal.check': 'Kontrollera',
  'trouble.postal.ok': '{code} är ett giltigt postnummer i {country}.',
  'trouble.postal.invalid':
    '{code} är inte ett postnummer i {country}. Kopiera det från ett brev som skickats till adressen.',
  'trouble.postal.empty': 'Ange ett postnummer och välj sedan Kontrollera.',
} as const satisfies CompleteCatalog<'trouble'>;

export default sv;
