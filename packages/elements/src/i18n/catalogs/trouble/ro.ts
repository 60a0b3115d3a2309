import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Romanian. */
const ro = {
  'trouble.heading': 'Tranzacție eșuată',
  'trouble.payments': 'Plăți eșuate',
  'trouble.none': 'Niciuna dintre comenzile dvs. recente nu are o plată eșuată.',
  'trouble.pick': 'Ce plată a eșuat?',
  'trouble.attempt': 'Comanda {number}, {total}, {date}',
  'trouble.cause': 'De ce:',
  'trouble.steps': 'Ce puteți face:',
  'trouble.step.address': 'Verificați ca adresa de facturare să fie cea pe care banca o are pentru acest card.',
  'trouble.step.kept': 'Comanda {number} este păstrată: plătiți-o cu alt card și nu se pierde nimic.',
  'trouble.address': 'Probleme cu adresa',
  'trouble.country': 'Țara de livrare',
  'trouble.field.name': 'Nume complet: obligatoriu.',
  'trouble.field.line1': 'Stradă și număr: obligatoriu.',
  'trouble.field.city': 'Localitate: obligatoriu.',
  'trouble.field.region_required': 'Județ, stat sau regiune: obligatoriu pentru {country}.',
  'trouble.field.region_optional': 'Județ, stat sau regiune: opțional pentru {country}.',
  'trouble.field.postal_required': 'Cod poștal: obligatoriu pentru {country}, în formatul local.',
  'trouble.field.postal_optional': 'Cod poștal: opțional pentru {country}.',
  'trouble.field.postal_none': 'Cod poștal: {country} nu are coduri poștale, lăsați câmpul gol.',
  'trouble.field.phone': 'Telefon: opțional, doar pentru curier.',
  'trouble.postal.label': 'Verificați un cod poștal pentru {country}',
  'trouble.postal.check': 'Verificați',
  'trouble.postal.ok': '{code} este un cod poștal valid pentru {country}.',
  'trouble.postal.invalid':
    '{code} nu este un cod poștal din {country}. Copiați-l de pe o scrisoare trimisă la acea adresă.',
  'trouble.postal.empty': 'Introduceți un cod poștal, apoi alegeți Verificați.',
} as const satisfies CompleteCatalog<'trouble'>;

export default ro;
