import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Czech. */
const cs = {
  'feedback.heading': 'Jak jsme si vedli?',
  'feedback.legend': 'Vaše hodnocení od 1 (velmi špatné) do 5 (výborné)',
  'feedback.rating.1': '1 · Velmi špatné',
  'feedback.rating.2': '2 · Špatné',
  'feedback.rating.3': '3 · Ucházející',
  'feedback.rating.4': '4 · Dobré',
  'feedback.rating.5': '5 · Výborné',
  'feedback.comment': 'Chcete něco dodat? (nepovinné)',
  'feedback.comment_hint': 'Nejvýše {max} znaků. Neuvádějte prosím čísla karet ani telefonní čísla.',
  'feedback.send': 'Odeslat hodnocení',
  'feedback.sending': 'Odesíláme vaše hodnocení…',
  'feedback.thanks': 'Děkujeme! Vaše hodnocení bylo odesláno.',
  'feedback.rating_required': 'Vyberte hodnocení od 1 do 5 a pak ho odešlete.',
  'feedback.failed': 'Vaše hodnocení nebylo odesláno. Zkontrolujte připojení a zkuste to znovu.',
} as const satisfies CompleteCatalog<'feedback'>;

export default cs;
