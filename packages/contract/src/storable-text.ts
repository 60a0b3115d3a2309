/**
 * The one text rule every request follows: no U+0000 (PostgreSQL `text` and `jsonb` cannot hold it)
 * and no UTF-16 surrogate without its pair (it has no UTF-8 encoding, so it would be stored as U+FFFD,
 * silently changing the text). The expression works on UTF-16 code units (no `u` flag).
 */
// eslint-disable-next-line no-control-regex -- finding U+0000 is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');

/** Field error code of text the API cannot store. */
export const UNSTORABLE_TEXT_CODE = 'unstorable_text';
export const UNSTORABLE_TEXT_MESSAGE = 'must not contain the NUL character (U+0000) or unpaired surrogate characters';

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** The text with every unstorable character replaced by U+FFFD, for echoing a hostile key in an error. */
export function toStorableText(text: string): string {
  return text.replace(UNSTORABLE_ALL, '\ufffd');
}
