import type { FieldCipher } from './field-cipher.js';

/**
 * What people type into refund requests and disputes (descriptions, notes, messages, agent
 * questions and reasons, file names) is personal data: it is stored encrypted with the field
 * cipher, bound to its column (`table.column`), like every other personal field. Records that
 * hold such text (an offer with its note, the history with its notes) are encrypted as JSON.
 */

/** What erased words read as. Erasure stores `''` (nothing), which needs no key. */
export const ERASED_TEXT = '(erased at the buyer’s request)';

export function sealText(cipher: FieldCipher, value: string, field: string): Promise<string> {
  return cipher.encrypt(value, field);
}

export function sealNullableText(cipher: FieldCipher, value: string | null, field: string): Promise<string | null> {
  return cipher.encryptNullable(value, field);
}

export async function openText(cipher: FieldCipher, stored: string, field: string): Promise<string> {
  return stored === '' ? ERASED_TEXT : cipher.decrypt(stored, field);
}

export async function openNullableText(
  cipher: FieldCipher,
  stored: string | null,
  field: string,
): Promise<string | null> {
  return stored === null ? null : openText(cipher, stored, field);
}

export async function sealJson(cipher: FieldCipher, value: unknown, field: string): Promise<string | null> {
  return value === null || value === undefined ? null : cipher.encrypt(JSON.stringify(value), field);
}

export async function openJson<T>(cipher: FieldCipher, stored: unknown, field: string): Promise<T | null> {
  if (stored === null || stored === undefined) return null;
  return JSON.parse(await cipher.decrypt(stored as string, field)) as T;
}
