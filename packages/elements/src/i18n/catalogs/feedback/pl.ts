import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Polish, with the informal “Ty” as Polish shops (Allegro, Shopify) address buyers; plural forms one, few, many, other. */
const pl = {
  'feedback.heading': 'Jak nam poszło?',
  'feedback.legend': 'Twoja ocena, od 1 (bardzo źle) do 5 (świetnie)',
  'feedback.rating.1': '1 · Bardzo źle',
  'feedback.rating.2': '2 · Źle',
  'feedback.rating.3': '3 · W porządku',
  'feedback.rating.4': '4 · Dobrze',
  'feedback.rating.5': '5 · Świetnie',
  'feedback.comment': 'Chcesz coś dodać? (opcjonalnie)',
  'feedback.comment_hint': 'Do {max} znaków. Nie podawaj numerów kart ani telefonów.',
  'feedback.send': 'Wyślij opinię',
  'feedback.sending': 'Wysyłamy Twoją opinię…',
  'feedback.thanks': 'Dziękujemy! Twoja opinia została wysłana.',
  'feedback.rating_required': 'Wybierz ocenę od 1 do 5, a potem wyślij.',
  'feedback.failed': 'Opinia nie została wysłana. Sprawdź połączenie i spróbuj ponownie.',
} as const satisfies CompleteCatalog<'feedback'>;

export default pl;
