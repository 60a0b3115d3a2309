import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Catalan. */
const ca = {
  'feedback.heading': 'Com ho hem fet?',
  'feedback.legend': 'La teva valoració, de l’1 (molt malament) al 5 (excel·lent)',
  'feedback.rating.1': '1 · Molt malament',
  'feedback.rating.2': '2 · Malament',
  'feedback.rating.3': '3 · Correcte',
  'feedback.rating.4': '4 · Bé',
  'feedback.rating.5': '5 · Excel·lent',
  'feedback.comment': 'Vols afegir-hi alguna cosa? (opcional)',
  'feedback.comment_hint': 'Fins a {max} caràcters. No hi incloguis números de targeta ni de telèfon.',
  'feedback.send': 'Envia l’opinió',
  'feedback.sending': 'S’està enviant la teva opinió…',
  'feedback.thanks': 'Gràcies! S’ha enviat la teva opinió.',
  'feedback.rating_required': 'Tria una valoració de l’1 al 5 i després envia-la.',
  'feedback.failed': 'No s’ha pogut enviar la teva opinió. Comprova la connexió i torna-ho a provar.',
} as const satisfies CompleteCatalog<'feedback'>;

export default ca;
