import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Czech. */
const cs = {
  'trouble.heading': 'Transakce se nezdařila',
  'trouble.payments': 'Neúspěšné platby',
  'trouble.none': 'Žádná z vašich posledních objednávek nemá neúspěšnou platbu.',
  'trouble.pick': 'Která platba se nezdařila?',
  'trouble.attempt': 'Objednávka {number}, {total}, {date}',
  'trouble.cause': 'Proč:',
  'trouble.steps': 'Co dělat:',
  'trouble.step.address': 'Zkontrolujte, že fakturační adresa odpovídá té, kterou má k této kartě vaše banka.',
  'trouble.step.kept': 'Objednávka {number} zůstává: zaplaťte ji jinou kartou a o nic nepřijdete.',
  'trouble.address': 'Problémy s adresou',
  'trouble.country': 'Země doručení',
  'trouble.field.name': 'Jméno a příjmení: povinné.',
  'trouble.field.line1': 'Ulice a číslo popisné: povinné.',
  'trouble.field.city': 'Obec nebo město: povinné.',
  'trouble.field.region_required': 'Stát, provincie nebo kraj: povinné pro zemi {country}.',
  'trouble.field.region_optional': 'Stát, provincie nebo kraj: nepovinné pro zemi {country}.',
  'trouble.field.postal_required': 'PSČ: povinné pro zemi {country}, v místním formátu.',
  'trouble.field.postal_optional': 'PSČ: nepovinné pro zemi {country}.',
  'trouble.field.postal_none': 'PSČ: země {country} ho nepoužívá, nechte pole prázdné.',
  'trouble.field.phone': 'Telefon: nepovinné, jen pro dopravce.',
  'trouble.postal.label': 'Ověřit PSČ pro zemi {country}',
  'trouble.postal.check': 'Ověřit',
  'trouble.postal.ok': '{code} je platné PSČ pro zemi {country}.',
  'trouble.postal.invalid': '{code} není PSČ země {country}. Opište ho z dopisu, který na tuto adresu přišel.',
  'trouble.postal.empty': 'Zadejte PSČ a pak zvolte Ověřit.',
} as const satisfies CompleteCatalog<'trouble'>;

export default cs;
