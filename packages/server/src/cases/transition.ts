import type { CaseActor, CaseHistoryEntry } from '@txassist/contract';
import { ProblemError } from '../http/problem.js';

const HOUR = 3600_000;

/** The time `hours` after `from`, as stored. */
export const hoursAfter = (from: Date, hours: number) => new Date(from.getTime() + hours * HOUR).toISOString();

export const words = (value: string) => value.replaceAll('_', ' ');

type Check<Status> = { ok: true; to: Status } | { ok: false; code: 'forbidden' | 'transition_not_allowed' };

interface Steppable<Status extends string> {
  status: Status;
  updated_at: string;
  due_at: string | null;
  history: CaseHistoryEntry[];
}

/**
 * Moves the row to the status the lifecycle allows (in memory): records the step in the history,
 * clears the deadline (the step sets a new one if it has one). Throws `forbidden` or
 * `transition_not_allowed`, with the kind's wording, when the lifecycle table does not allow it.
 */
export function recordStep<Status extends string>(
  row: Steppable<Status>,
  check: Check<Status>,
  step: { action: string; actor: CaseActor; note: string | null; now: Date },
  refusal: { forbidden: () => string; notAllowed: () => string },
): void {
  if (!check.ok) {
    throw check.code === 'forbidden'
      ? new ProblemError('forbidden', refusal.forbidden())
      : new ProblemError('transition_not_allowed', refusal.notAllowed());
  }
  const at = step.now.toISOString();
  const entry = { action: step.action, from: row.status, to: check.to, by: step.actor, at, note: step.note };
  row.status = check.to;
  row.updated_at = at;
  row.due_at = null;
  row.history = [...row.history, entry];
}
