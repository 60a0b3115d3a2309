import { FEEDBACK_LIMITS } from '@txassist/contract';

const EMAIL = /[^\s@]*@[^\s@]*/g;
/** Our ids (`ord_…`, `byr_…`) and anything shaped like them. */
const ID = /\b[a-z]{2,5}_[a-z0-9]{8,}\b/g;
/** Phone and card numbers: digits with spaces, dots, dashes, slashes or brackets between, 6 digits or more. */
const DIGIT_RUN = /\+?\(?\d[\d\s().\-/]*\d/g;
/** Words with 4 digits or more: order numbers (`TX-1042`, `#10421`), codes, postcodes with letters. */
const NUMBERED_WORD = /\S*(?:\d\S*){4,}/g;

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

/**
 * A guide search that found nothing, without anything that could identify the buyer: trimmed,
 * lower case, without email addresses, ids, order numbers, card and phone numbers (dropped, not
 * masked); spaces collapsed. An empty string when nothing is left.
 */
export function scrubSearchQuery(query: string, locale: string): string {
  let text = query.normalize('NFKC').toLocaleLowerCase(locale);
  text = text.replace(EMAIL, ' ').replace(ID, ' ');
  text = text.replace(DIGIT_RUN, (run) => (digitCount(run) >= 6 ? ' ' : run));
  text = text.replace(NUMBERED_WORD, ' ');
  return text.replace(/\s+/g, ' ').trim().slice(0, FEEDBACK_LIMITS.searchMissMaxLength).trim();
}
