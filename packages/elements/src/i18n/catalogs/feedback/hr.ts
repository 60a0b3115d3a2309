import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Croatian. */
const hr = {
  'feedback.heading': 'Kako smo bili?',
  'feedback.legend': 'Vaša ocjena, od 1 (vrlo loše) do 5 (izvrsno)',
  'feedback.rating.1': '1 · Vrlo loše',
  'feedback.rating.2': '2 · Loše',
  'feedback.rating.3': '3 · U redu',
  'feedback.rating.4': '4 · Dobro',
  'feedback.rating.5': '5 · Izvrsno',
  'feedback.comment': 'Želite li nešto dodati? (neobavezno)',
  'feedback.comment_hint': 'Najviše {max} znakova. Nemojte upisivati brojeve kartica ni telefona.',
  'feedback.send': 'Pošalji povratne informacije',
  'feedback.sending': 'Šaljemo vaše povratne informacije…',
  'feedback.thanks': 'Hvala! Vaše su povratne informacije poslane.',
  'feedback.rating_required': 'Odaberite ocjenu od 1 do 5, a zatim pošaljite.',
  'feedback.failed': 'Vaše povratne informacije nisu poslane. Provjerite vezu i pokušajte ponovno.',
} as const satisfies CompleteCatalog<'feedback'>;

export default hr;
