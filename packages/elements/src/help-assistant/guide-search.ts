// Searching the how-to guides in the buyer's language, in the browser: no index to download, no library.
import { GUIDE_IDS, type GuideBook, type GuideId } from './guides/types.js';

/**
 * Lower-cased (in the locale's rules) with diacritics removed, full-width forms made plain (NFKD), so
 * "Rückerstattung" finds "ruckerstattung", "REEMBOLSO" finds "reembolso", "ＡＢＣ" finds "abc".
 * Thai tone marks and vowels are combining marks too: they are kept there, else words would merge.
 */
export function fold(text: string, locale: string): string {
  const lower = text.normalize('NFKD').toLocaleLowerCase(locale);
  return (locale.startsWith('th') ? lower : lower.replace(/\p{M}/gu, '')).normalize('NFC');
}

/** The words of `text` (Intl.Segmenter word granularity: ja, zh and th have no spaces), folded. */
export function tokenize(text: string, locale: string): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(fold(text, locale))) if (isWordLike) words.push(segment);
  return words;
}

export interface GuideHit {
  readonly id: GuideId;
  readonly score: number;
}

/** Where a word counts most: a title word says more than a step word. */
const WEIGHT = { title: 3, keywords: 2, steps: 1 } as const;

/**
 * The guides that match `query`, best first. A query word matches a guide word that equals it or
 * starts with it (typing "refu" finds "refund"); in scripts without spaces it may also sit inside a
 * longer word. Words no guide has ("how", "do") are left out; a guide is a hit when at least half
 * of the rest match it, ranked by the weight of where they matched and the share matched; ties keep
 * the guide list's order. A query with no known word finds nothing (a search miss).
 */
export function searchGuides(book: GuideBook, query: string, locale: string): GuideHit[] {
  const words = [...new Set(tokenize(query, locale))];
  const scores = GUIDE_IDS.map((id) => {
    const guide = book[id];
    const fields = {
      title: tokenize(guide.title, locale),
      keywords: tokenize(guide.keywords, locale),
      steps: tokenize(guide.steps.join(' '), locale),
    };
    return words.map((word) => {
      let best = 0;
      for (const field of ['title', 'keywords', 'steps'] as const)
        for (const token of fields[field]) best = Math.max(best, matchQuality(word, token) * WEIGHT[field]);
      return best;
    });
  });
  const known = words.map((_, index) => scores.some((perWord) => perWord[index]! > 0));
  const knownCount = known.filter(Boolean).length;
  if (knownCount === 0) return [];
  const hits: GuideHit[] = [];
  scores.forEach((perWord, index) => {
    const matched = perWord.filter((score) => score > 0).length;
    const score = perWord.reduce((sum, value) => sum + value, 0);
    if (matched * 2 >= knownCount) hits.push({ id: GUIDE_IDS[index]!, score: score * (matched / knownCount) });
  });
  return hits.sort((a, b) => b.score - a.score);
}

/** 1 for the same word, ½ for a prefix of it, ¼ inside a longer word of a script without spaces. */
function matchQuality(word: string, token: string): number {
  if (token === word) return 1;
  if (token.startsWith(word) && word.length >= 2) return 0.5;
  if (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Hangul}]/u.test(word) && token.includes(word))
    return 0.25;
  return 0;
}
