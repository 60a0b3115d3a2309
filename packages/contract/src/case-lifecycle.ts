import * as z from 'zod/mini';
import type { CaseActor } from './claim-reason.js';
import { OrderId } from './ids.js';

/** Where a step leads, or why it may not be taken. */
export type CaseTransitionResult<Status extends string> =
  { ok: true; to: Status } | { ok: false; code: 'forbidden' | 'transition_not_allowed' };

/** One rule of a case lifecycle table, checked the same way for every kind of case. */
export function checkCaseRule<Status extends string>(
  rule: { readonly by: readonly CaseActor[]; readonly to: Status },
  from: readonly Status[],
  status: Status,
  actor: CaseActor,
): CaseTransitionResult<Status> {
  if (!rule.by.includes(actor)) return { ok: false, code: 'forbidden' };
  if (!from.includes(status)) return { ok: false, code: 'transition_not_allowed' };
  return { ok: true, to: rule.to };
}

type Names = readonly [string, ...string[]];

/** A lifecycle table's actions in the table's order: the table is their one list. */
export const caseActions = <Action extends string>(rules: Readonly<Record<Action, unknown>>): readonly Action[] =>
  Object.keys(rules) as Action[];

/**
 * One kind of case's lifecycle from its table (whose keys are the kind's actions, in order): the status and
 * action schemas, whether one step may be
 * taken, and every step an actor may take now. `from` reads a rule's starting statuses, given what else
 * the kind needs to know (a refund request's type).
 */
export function caseLifecycle<
  const Statuses extends Names,
  Action extends string,
  Rule extends { readonly by: readonly CaseActor[]; readonly to: Statuses[number] },
  Context extends unknown[],
>(
  statuses: Statuses,
  rules: Readonly<Record<Action, Rule>>,
  from: (rule: Rule, ...context: Context) => readonly Statuses[number][],
) {
  type Status = Statuses[number];
  const actions = caseActions(rules);
  const transition = (status: Status, action: Action, actor: CaseActor, ...context: Context) =>
    checkCaseRule(rules[action], from(rules[action], ...context), status, actor);
  return {
    status: z.enum(statuses),
    action: z.enum(actions),
    transition,
    allowed: (status: Status, actor: CaseActor, ...context: Context): Action[] =>
      actions.filter((action: Action) => transition(status, action, actor, ...context).ok),
  };
}

/** The query of a case list: one order, one status, a page size and the cursor of the next page. */
export function caseListQuery<Status extends z.ZodMiniType>(status: Status) {
  return z.object({
    order_id: z.optional(OrderId),
    status: z.optional(status),
    limit: z.optional(
      z.coerce.number().check(z.refine(Number.isInteger, 'must be a whole number'), z.minimum(1), z.maximum(100)),
    ),
    cursor: z.optional(z.string().check(z.maxLength(200))),
  });
}
