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
