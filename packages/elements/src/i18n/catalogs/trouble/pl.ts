import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Polish, with the informal “Ty” as Polish shops (Allegro, Shopify) address buyers; plural forms one, few, many, other. */
const pl = {
  'trouble.heading': 'Transakcja nieudana',
  'trouble.payments': 'Nieudane płatności',
  'trouble.none': 'Żadne z Twoich ostatnich zamówień nie ma nieudanej płatności.',
  'trouble.pick': 'Która płatność się nie udała?',
  'trouble.attempt': 'Zamówienie {number}, {total}, {date}',
  'trouble.cause': 'Przyczyna:',
  'trouble.steps': 'Co zrobić:',
  'trouble.step.address': 'Sprawdź, czy adres rozliczeniowy jest taki sam jak ten, który Twój bank ma dla tej karty.',
  'trouble.step.kept': 'Zamówienie {number} jest zachowane: zapłać inną kartą, a nic nie przepadnie.',
  'trouble.address': 'Problemy z adresem',
  'trouble.country': 'Kraj dostawy',
  'trouble.field.name': 'Imię i nazwisko: wymagane.',
  'trouble.field.line1': 'Ulica i numer: wymagane.',
  'trouble.field.city': 'Miejscowość: wymagana.',
  'trouble.field.region_required': 'Województwo, stan lub region: wymagane w kraju {country}.',
  'trouble.field.region_optional': 'Województwo, stan lub region: opcjonalne w kraju {country}.',
  'trouble.field.postal_required': 'Kod pocztowy: wymagany w kraju {country}, w lokalnym formacie.',
  'trouble.field.postal_optional': 'Kod pocztowy: opcjonalny w kraju {country}.',
  'trouble.field.postal_none': 'Kod pocztowy: {country} go nie używa, zostaw puste pole.',
  'trouble.field.phone': 'Telefon: opcjonalny, tylko dla przewoźnika.',
  'trouble.postal.label': 'Sprawdź kod pocztowy dla kraju {country}',
  'trouble.postal.check': 'Sprawdź',
  'trouble.postal.ok': '{code} to prawidłowy kod pocztowy dla kraju {country}.',
  'trouble.postal.invalid':
    '{code} nie jest kodem pocztowym kraju {country}. Przepisz go z listu wysłanego na ten adres.',
  'trouble.postal.empty': 'Wpisz kod pocztowy i wybierz Sprawdź.',
} as const satisfies CompleteCatalog<'trouble'>;

export default pl;
