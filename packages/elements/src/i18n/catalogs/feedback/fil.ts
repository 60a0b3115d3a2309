import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Filipino. */
const fil = {
  'feedback.heading': 'Kumusta ang serbisyo namin?',
  'feedback.legend': 'Ang rating mo, mula 1 (napakasama) hanggang 5 (napakahusay)',
  'feedback.rating.1': '1 · Napakasama',
  'feedback.rating.2': '2 · Masama',
  'feedback.rating.3': '3 · Ayos lang',
  'feedback.rating.4': '4 · Mahusay',
  'feedback.rating.5': '5 · Napakahusay',
  'feedback.comment': 'May gusto ka bang idagdag? (opsyonal)',
  'feedback.comment_hint': 'Hanggang {max} character. Huwag isama ang numero ng card o telepono.',
  'feedback.send': 'Ipadala ang feedback',
  'feedback.sending': 'Ipinapadala ang feedback mo…',
  'feedback.thanks': 'Salamat! Naipadala na ang feedback mo.',
  'feedback.rating_required': 'Pumili ng rating mula 1 hanggang 5, saka ipadala.',
  'feedback.failed': 'Hindi naipadala ang feedback mo. Tingnan ang koneksyon mo at subukan ulit.',
} as const satisfies CompleteCatalog<'feedback'>;

export default fil;
