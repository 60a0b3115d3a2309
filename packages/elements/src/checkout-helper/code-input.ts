/** A problem found before asking the server: nothing typed, or not 6 digits. */
export type CodeInputProblem = 'required' | 'format';

/** The digits of what the buyer typed or pasted ("123 456", "123-456" → "123456"). */
export function codeDigits(value: string): string {
  return value.replace(/\D/g, '').slice(0, 6);
}
