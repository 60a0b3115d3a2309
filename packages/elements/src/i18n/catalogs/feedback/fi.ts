import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Finnish. */
const fi = {
  'feedback.heading': 'Miten onnistuimme?',
  'feedback.legend': 'Arviosi asteikolla 1 (erittäin huono) – 5 (erinomainen)',
  'feedback.rating.1': '1 · Erittäin huono',
  'feedback.rating.2': '2 · Huono',
  'feedback.rating.3': '3 · Kohtalainen',
  'feedback.rating.4': '4 · Hyvä',
  'feedback.rating.5': '5 · Erinomainen',
  'feedback.comment': 'Haluatko lisätä jotain? (valinnainen)',
  'feedback.comment_hint': 'Enintään {max} merkkiä. Älä kirjoita kortin- tai puhelinnumeroita.',
  'feedback.send': 'Lähetä palaute',
  'feedback.sending': 'Lähetetään palautettasi…',
  'feedback.thanks': 'Kiitos! Palautteesi on lähetetty.',
  'feedback.rating_required': 'Valitse arvio väliltä 1–5 ja lähetä.',
  'feedback.failed': 'Palautettasi ei lähetetty. Tarkista yhteytesi ja yritä uudelleen.',
} as const satisfies CompleteCatalog<'feedback'>;

export default fi;
