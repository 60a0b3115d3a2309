import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in German. */
const de = {
  'trouble.heading': 'Transaktion fehlgeschlagen',
  'trouble.payments': 'Fehlgeschlagene Zahlungen',
  'trouble.none': 'Keine Ihrer letzten Bestellungen hat eine fehlgeschlagene Zahlung.',
  'trouble.pick': 'Welche Zahlung ist fehlgeschlagen?',
  'trouble.attempt': 'Bestellung {number}, {total}, {date}',
  'trouble.cause': 'Warum:',
  'trouble.steps': 'Was Sie tun können:',
  'trouble.step.address': 'Prüfen Sie, ob die Rechnungsadresse die ist, die Ihre Bank für diese Karte hat.',
  'trouble.step.kept':
    'Bestellung {number} bleibt erhalten: Bezahlen Sie sie mit einer anderen Karte, es geht nichts verloren.',
  'trouble.address': 'Probleme mit der Adresse',
  'trouble.country': 'Lieferland',
  'trouble.field.name': 'Vollständiger Name: Pflichtfeld.',
  'trouble.field.line1': 'Straße und Hausnummer: Pflichtfeld.',
  'trouble.field.city': 'Ort: Pflichtfeld.',
  'trouble.field.region_required': 'Bundesland, Provinz oder Region: in {country} Pflichtfeld.',
  'trouble.field.region_optional': 'Bundesland, Provinz oder Region: in {country} freiwillig.',
  'trouble.field.postal_required': 'Postleitzahl: in {country} Pflichtfeld, im dortigen Format.',
  'trouble.field.postal_optional': 'Postleitzahl: in {country} freiwillig.',
  'trouble.field.postal_none': 'Postleitzahl: {country} hat keine, lassen Sie das Feld leer.',
  'trouble.field.phone': 'Telefon: freiwillig, nur für den Zusteller.',
  'trouble.postal.label': 'Postleitzahl für {country} prüfen',
  'trouble.postal.check': 'Prüfen',
  'trouble.postal.ok': '{code} ist eine gültige Postleitzahl für {country}.',
  'trouble.postal.invalid':
    '{code} ist keine Postleitzahl von {country}. Übernehmen Sie sie von einem Brief an diese Adresse.',
  'trouble.postal.empty': 'Geben Sie eine Postleitzahl ein und wählen Sie dann Prüfen.',
} as const satisfies CompleteCatalog<'trouble'>;

export default de;
