import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Hungarian. */
const hu = {
  'trouble.heading': 'Sikertelen tranzakció',
  'trouble.payments': 'Sikertelen fizetések',
  'trouble.none': 'Egyik legutóbbi rendelésénél sincs sikertelen fizetés.',
  'trouble.pick': 'Melyik fizetés volt sikertelen?',
  'trouble.attempt': '{number} számú rendelés, {total}, {date}',
  'trouble.cause': 'Ok:',
  'trouble.steps': 'Teendők:',
  'trouble.step.address':
    'Ellenőrizze, hogy a számlázási cím megegyezik-e a bankjánál ehhez a kártyához megadott címmel.',
  'trouble.step.kept': 'A(z) {number} számú rendelés megmarad: fizesse ki másik kártyával, semmi sem vész el.',
  'trouble.address': 'Címmel kapcsolatos problémák',
  'trouble.country': 'Szállítási ország',
  'trouble.field.name': 'Teljes név: kötelező.',
  'trouble.field.line1': 'Utca, házszám: kötelező.',
  'trouble.field.city': 'Település: kötelező.',
  'trouble.field.region_required': 'Megye, állam vagy régió: kötelező ({country}).',
  'trouble.field.region_optional': 'Megye, állam vagy régió: nem kötelező ({country}).',
  'trouble.field.postal_required': 'Irányítószám: kötelező ({country}), a helyi formátumban.',
  'trouble.field.postal_optional': 'Irányítószám: nem kötelező ({country}).',
  'trouble.field.postal_none': 'Irányítószám: {country} nem használ ilyet, hagyja üresen.',
  'trouble.field.phone': 'Telefon: nem kötelező, csak a futárnak.',
  'trouble.postal.label': 'Irányítószám ellenőrzése ({country})',
  'trouble.postal.check': 'Ellenőrzés',
  'trouble.postal.ok': 'A(z) {code} érvényes irányítószám ({country}).',
  'trouble.postal.invalid':
    'A(z) {code} nem irányítószám ebben az országban: {country}. Másolja ki egy erre a címre küldött levélről.',
  'trouble.postal.empty': 'Adjon meg egy irányítószámot, majd válassza az Ellenőrzés lehetőséget.',
} as const satisfies CompleteCatalog<'trouble'>;

export default hu;
