import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Catalan. */
const ca = {
  'trouble.heading': 'La transacció ha fallat',
  'trouble.payments': 'Pagaments fallits',
  'trouble.none': 'Cap de les teves comandes recents té un pagament fallit.',
  'trouble.pick': 'Quin pagament ha fallat?',
  'trouble.attempt': 'Comanda {number}, {total}, {date}',
  'trouble.cause': 'Per què:',
  'trouble.steps': 'Què cal fer:',
  'trouble.step.address': 'Comprova que l’adreça de facturació és la que el teu banc té per a aquesta targeta.',
  'trouble.step.kept': 'La comanda {number} es conserva: paga-la amb una altra targeta i no es perd res.',
  'trouble.address': 'Problemes amb l’adreça',
  'trouble.country': 'País d’enviament',
  'trouble.field.name': 'Nom complet: obligatori.',
  'trouble.field.line1': 'Adreça: obligatòria.',
  'trouble.field.city': 'Població: obligatòria.',
  'trouble.field.region_required': 'Estat, província o regió: obligatori a {country}.',
  'trouble.field.region_optional': 'Estat, província o regió: opcional a {country}.',
  'trouble.field.postal_required': 'Codi postal: obligatori a {country}, en el format local.',
  'trouble.field.postal_optional': 'Codi postal: opcional a {country}.',
  'trouble.field.postal_none': 'Codi postal: {country} no en té, deixa’l buit.',
  'trouble.field.phone': 'Telèfon: opcional, només per al transportista.',
  'trouble.postal.label': 'Comprova un codi postal de {country}',
  'trouble.postal.check': 'Comprova',
  'trouble.postal.ok': '{code} és un codi postal vàlid de {country}.',
  'trouble.postal.invalid': '{code} no és un codi postal de {country}. Copia’l d’una carta enviada a aquella adreça.',
  'trouble.postal.empty': 'Introdueix un codi postal i tria «Comprova».',
} as const satisfies CompleteCatalog<'trouble'>;

export default ca;
