import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Finnish. */
const fi = {
  'compat.unsupported': 'Tämä selain ei pysty näyttämään tätä sivun osaa.',
  'compat.next_step': 'Päivitä selaimesi tai avaa tämä sivu toisessa selaimessa. Sillä välin:',
  'compat.lookup': 'Etsi tilauksesi tilausnumerolla ja sähköpostiosoitteella',
  'compat.email': 'Lähetä meille sähköpostia osoitteeseen {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default fi;
