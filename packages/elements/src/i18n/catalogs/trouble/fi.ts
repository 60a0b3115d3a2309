import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Finnish. */
const fi = {
  'trouble.heading': 'Maksutapahtuma epäonnistui',
  'trouble.payments': 'Epäonnistuneet maksut',
  'trouble.none': 'Missään viimeisimmistä tilauksistasi ei ole epäonnistunutta maksua.',
  'trouble.pick': 'Mikä maksu epäonnistui?',
  'trouble.attempt': 'Tilaus {number}, {total}, {date}',
  'trouble.cause': 'Syy:',
  'trouble.steps': 'Mitä tehdä:',
  'trouble.step.address': 'Tarkista, että laskutusosoite on sama, jonka pankkisi on tallentanut tälle kortille.',
  'trouble.step.kept': 'Tilaus {number} on tallessa: maksa se toisella kortilla, eikä mitään menetetä.',
  'trouble.address': 'Osoiteongelmat',
  'trouble.country': 'Maa, johon lähetät',
  'trouble.field.name': 'Koko nimi: pakollinen.',
  'trouble.field.line1': 'Katuosoite: pakollinen.',
  'trouble.field.city': 'Postitoimipaikka: pakollinen.',
  'trouble.field.region_required': 'Osavaltio, provinssi tai alue: pakollinen maassa {country}.',
  'trouble.field.region_optional': 'Osavaltio, provinssi tai alue: valinnainen maassa {country}.',
  'trouble.field.postal_required': 'Postinumero: pakollinen maassa {country}, paikallisessa muodossa.',
  'trouble.field.postal_optional': 'Postinumero: valinnainen maassa {country}.',
  'trouble.field.postal_none': 'Postinumero: maassa {country} ei ole postinumeroita, jätä kenttä tyhjäksi.',
  'trouble.field.phone': 'Puhelin: valinnainen, vain kuljetusyhtiötä varten.',
  'trouble.postal.label': 'Tarkista postinumero maalle {country}',
  'trouble.postal.check': 'Tarkista',
  'trouble.postal.ok': '{code} on kelvollinen postinumero maassa {country}.',
  'trouble.postal.invalid':
    '{code} ei ole postinumero maassa {country}. Kopioi se kirjeestä, joka on lähetetty kyseiseen osoitteeseen.',
  'trouble.postal.empty': 'Anna postinumero ja valitse sitten Tarkista.',
} as const satisfies CompleteCatalog<'trouble'>;

export default fi;
