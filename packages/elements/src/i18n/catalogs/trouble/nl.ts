import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Dutch, with “je” as Dutch shops and payment services (bol.com, Shopify, Stripe) address buyers. */
const nl = {
  'trouble.heading': 'Transactie mislukt',
  'trouble.payments': 'Mislukte betalingen',
  'trouble.none': 'Geen van je recente bestellingen heeft een mislukte betaling.',
  'trouble.pick': 'Welke betaling is mislukt?',
  'trouble.attempt': 'Bestelling {number}, {total}, {date}',
  'trouble.cause': 'Waarom:',
  'trouble.steps': 'Wat je kunt doen:',
  'trouble.step.address':
    'Controleer of het factuuradres hetzelfde is als het adres dat je bank voor deze kaart heeft.',
  'trouble.step.kept':
    'Bestelling {number} blijft bewaard: betaal haar met een andere kaart en er gaat niets verloren.',
  'trouble.address': 'Adresproblemen',
  'trouble.country': 'Land waarnaar je verzendt',
  'trouble.field.name': 'Volledige naam: verplicht.',
  'trouble.field.line1': 'Straat en huisnummer: verplicht.',
  'trouble.field.city': 'Plaats: verplicht.',
  'trouble.field.region_required': 'Provincie, staat of regio: verplicht in {country}.',
  'trouble.field.region_optional': 'Provincie, staat of regio: optioneel in {country}.',
  'trouble.field.postal_required': 'Postcode: verplicht in {country}, in de daar gebruikelijke opmaak.',
  'trouble.field.postal_optional': 'Postcode: optioneel in {country}.',
  'trouble.field.postal_none': 'Postcode: {country} heeft er geen, laat het veld leeg.',
  'trouble.field.phone': 'Telefoon: optioneel, alleen voor de vervoerder.',
  'trouble.postal.label': 'Een postcode voor {country} controleren',
  'trouble.postal.check': 'Controleren',
  'trouble.postal.ok': '{code} is een geldige postcode voor {country}.',
  'trouble.postal.invalid':
    '{code} is geen postcode van {country}. Neem hem over van een brief die naar dat adres is gestuurd.',
  'trouble.postal.empty': 'Vul een postcode in en kies dan Controleren.',
} as const satisfies CompleteCatalog<'trouble'>;

export default nl;
