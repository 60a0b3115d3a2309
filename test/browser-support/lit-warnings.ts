/**
 * Collects Lit's dev-mode warnings (links to lit.dev/msg/…) so a suite can fail on them: they flag
 * wasted re-renders (change-in-update) and API misuse that tests would otherwise pass over.
 */
export function watchLitWarnings(): { stop(): string[] } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode')) warnings.push(text);
    original.apply(console, args);
  };
  return {
    stop() {
      console.warn = original;
      return warnings;
    },
  };
}
