import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Filipino. */
const fil = {
  'trouble.heading': 'Hindi natuloy ang transaksyon',
  'trouble.payments': 'Mga bayad na hindi natuloy',
  'trouble.none': 'Wala sa mga kamakailang order mo ang may bayad na hindi natuloy.',
  'trouble.pick': 'Aling bayad ang hindi natuloy?',
  'trouble.attempt': 'Order {number}, {total}, {date}',
  'trouble.cause': 'Dahilan:',
  'trouble.steps': 'Ano ang gagawin:',
  'trouble.step.address': 'Tiyaking ang billing address ay ang nasa bangko mo para sa card na ito.',
  'trouble.step.kept': 'Naka-save ang order {number}: bayaran ito gamit ang ibang card at walang mawawala.',
  'trouble.address': 'Mga problema sa address',
  'trouble.country': 'Bansang padadalhan',
  'trouble.field.name': 'Buong pangalan: kailangan.',
  'trouble.field.line1': 'Street address: kailangan.',
  'trouble.field.city': 'Lungsod: kailangan.',
  'trouble.field.region_required': 'Estado, lalawigan o rehiyon: kailangan sa {country}.',
  'trouble.field.region_optional': 'Estado, lalawigan o rehiyon: opsyonal sa {country}.',
  'trouble.field.postal_required': 'Postal code: kailangan sa {country}, sa lokal na format nito.',
  'trouble.field.postal_optional': 'Postal code: opsyonal sa {country}.',
  'trouble.field.postal_none': 'Postal code: walang ganito sa {country}, iwanang blangko.',
  'trouble.field.phone': 'Telepono: opsyonal, para lang sa courier.',
  'trouble.postal.label': 'Suriin ang postal code para sa {country}',
  'trouble.postal.check': 'Suriin',
  'trouble.postal.ok': 'Ang {code} ay wastong postal code para sa {country}.',
  'trouble.postal.invalid':
    'Ang {code} ay hindi postal code ng {country}. Kopyahin ito mula sa sulat na ipinadala sa address na iyon.',
  'trouble.postal.empty': 'Maglagay ng postal code, saka piliin ang Suriin.',
} as const satisfies CompleteCatalog<'trouble'>;

export default fil;
