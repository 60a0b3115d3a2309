/** A small assertion library: failures say what was expected and what was found. */

export class AssertionError extends Error {
  override name = 'AssertionError';
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

export function equal<T>(actual: T, expected: T, message = 'values differ'): void {
  if (!Object.is(actual, expected))
    throw new AssertionError(`${message}: expected ${show(expected)}, got ${show(actual)}`);
}

export function deepEqual(actual: unknown, expected: unknown, message = 'values differ'): void {
  if (show(actual) !== show(expected))
    throw new AssertionError(`${message}: expected ${show(expected)}, got ${show(actual)}`);
}

export function includes(
  text: string | null | undefined,
  part: string,
  message = 'text does not contain the expected part',
): void {
  if (!text?.includes(part)) throw new AssertionError(`${message}: expected ${show(part)} in ${show(text)}`);
}

export function notIncludes(
  text: string | null | undefined,
  part: string,
  message = 'text contains an unexpected part',
): void {
  if (text?.includes(part)) throw new AssertionError(`${message}: did not expect ${show(part)} in ${show(text)}`);
}

/** Awaits `promise` and checks it rejects; returns the rejection reason. */
export async function rejects(promise: Promise<unknown>, message = 'expected a rejection'): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new AssertionError(message);
}
