import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Croatian. */
const hr = {
  'trouble.heading': 'Transakcija nije uspjela',
  'trouble.payments': 'Neuspjela plaćanja',
  'trouble.none': 'Nijedna od vaših nedavnih narudžbi nema neuspjelo plaćanje.',
  'trouble.pick': 'Koje plaćanje nije uspjelo?',
  'trouble.attempt': 'Narudžba {number}, {total}, {date}',
  'trouble.cause': 'Zašto:',
  'trouble.steps': 'Što učiniti:',
  'trouble.step.address': 'Provjerite je li adresa za naplatu ona koju vaša banka ima za ovu karticu.',
  'trouble.step.kept': 'Narudžba {number} je sačuvana: platite je drugom karticom i ništa se ne gubi.',
  'trouble.address': 'Problemi s adresom',
  'trouble.country': 'Zemlja dostave',
  'trouble.field.name': 'Ime i prezime: obavezno.',
  'trouble.field.line1': 'Ulica i kućni broj: obavezno.',
  'trouble.field.city': 'Grad: obavezno.',
  'trouble.field.region_required': 'Država, pokrajina ili regija: obavezno u zemlji {country}.',
  'trouble.field.region_optional': 'Država, pokrajina ili regija: neobavezno u zemlji {country}.',
  'trouble.field.postal_required': 'Poštanski broj: obavezan u zemlji {country}, u lokalnom obliku.',
  'trouble.field.postal_optional': 'Poštanski broj: neobavezan u zemlji {country}.',
  'trouble.field.postal_none': 'Poštanski broj: zemlja {country} ga nema, ostavite polje prazno.',
  'trouble.field.phone': 'Telefon: neobavezno, samo za dostavnu službu.',
  'trouble.postal.label': 'Provjerite poštanski broj za zemlju {country}',
  'trouble.postal.check': 'Provjeri',
  'trouble.postal.ok': '{code} je valjan poštanski broj za zemlju {country}.',
  'trouble.postal.invalid': '{code} nije poštanski broj zemlje {country}. Prepišite ga s pisma poslanog na tu adresu.',
  'trouble.postal.empty': 'Upišite poštanski broj, a zatim odaberite „Provjeri”.',
} as const satisfies CompleteCatalog<'trouble'>;

export default hr;
