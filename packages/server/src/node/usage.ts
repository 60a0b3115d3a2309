import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command line the CLI cannot run: it prints the command's usage and exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** `parseArgs` (strict, no positionals), its complaints as usage errors instead of stack traces. */
type StrictConfig<O> = { args: string[]; options: O; strict: true; allowPositionals: false };

export function parseCommandLine<O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
): ReturnType<typeof parseArgs<StrictConfig<O>>>['values'] {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
}
