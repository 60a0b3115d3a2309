import 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

function describeViolations(results: AxeResults): string {
  return results.violations
    .map((violation) => {
      const nodes = violation.nodes.map(
        (node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`,
      );
      return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/**
 * Runs axe-core on `context` (shadow roots included) with every rule axe enables by default plus
 * WCAG 2.2 AA, and fails on ANY violation, whatever its impact.
 */
export async function expectNoAxeViolations(context: Element, options: RunOptions = {}): Promise<void> {
  const results = await window.axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
    ...options,
  });
  if (results.violations.length > 0) {
    throw new Error(
      `axe found ${results.violations.length} accessibility violation(s):\n${describeViolations(results)}`,
    );
  }
}
