/** The how-to guides, in the order the guide list shows them. Every locale's file has each one. */
export const GUIDE_IDS = [
  'payment_method',
  'track_parcel',
  'request_refund',
  'start_return',
  'open_dispute',
  'notifications',
  'your_data',
] as const;

export type GuideId = (typeof GUIDE_IDS)[number];

/** One guide in one language: short, in the words the elements use. */
export interface Guide {
  readonly title: string;
  /** Words a buyer might search with that the title and steps do not contain (synonyms). */
  readonly keywords: string;
  readonly steps: readonly string[];
}

/** Every guide in one language (a locale file's default export). */
export type GuideBook = { readonly [id in GuideId]: Guide };

/**
 * The guide view's words in one language (a locale file's `words` export): loaded with the guides,
 * so they cost the help assistant's first bytes nothing. `{query}` and `{count}` are filled in.
 */
export interface GuideWords {
  readonly search_label: string;
  readonly search: string;
  readonly list: string;
  readonly results: string;
  readonly found: string;
  readonly no_results: string;
  readonly helpful: string;
  readonly yes: string;
  readonly no: string;
  readonly thanks: string;
  readonly back: string;
  /** A guide's video: its accessible name (`{title}`), its captions track's label, the transcript's label, and what a browser without video shows. */
  readonly video: string;
  readonly captions: string;
  readonly transcript: string;
  readonly no_video: string;
}

/** A locale's guide chunk. */
export interface GuideModule {
  readonly default: GuideBook;
  readonly words: GuideWords;
}
