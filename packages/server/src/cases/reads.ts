import type { Principal } from '../domain/principal.js';
import { ProblemError } from '../http/problem.js';
import type { Services } from '../services.js';
import type { CaseListQuery } from '../store/case-scope.js';
import { settleCase, settleCasesSeenBy } from './engine.js';
import type { CaseKindDescriptor, CaseRow } from './kind.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any kind of case; each kind is typed where it is made
type AnyKind<Row extends CaseRow> = CaseKindDescriptor<Row, any, any>;

/** One case the principal may see, its passed deadlines applied first; `not_found` otherwise. */
export async function readCase<Row extends CaseRow>(
  kind: AnyKind<Row>,
  services: Services,
  principal: Principal,
  id: string,
  now: Date,
): Promise<Row> {
  if (!(await kind.find(services.db, services.cipher, principal, id))) throw new ProblemError('not_found');
  await settleCase(kind, services, id, now);
  const row = await kind.find(services.db, services.cipher, principal, id);
  if (!row) throw new ProblemError('not_found');
  return row;
}

/**
 * A page of the cases the principal may see, in the API's list shape. Passed deadlines of the
 * principal's own cases are applied first; everyone else's are left to the background sweep.
 */
export async function listCases<Row extends CaseRow, View>(
  kind: AnyKind<Row>,
  services: Services,
  principal: Principal,
  query: Omit<CaseListQuery<Row['status']>, 'limit'> & { limit?: number | undefined },
  now: Date,
  view: (row: Row) => Promise<View>,
): Promise<{ object: 'list'; data: View[]; has_more: boolean; next_cursor: string | null }> {
  await settleCasesSeenBy(kind, services, principal, now, query.orderId);
  const { rows, nextCursor } = await kind.list(services.db, services.cipher, principal, {
    ...query,
    limit: query.limit ?? 20,
  });
  return {
    object: 'list',
    data: await Promise.all(rows.map(view)),
    has_more: nextCursor !== null,
    next_cursor: nextCursor,
  };
}
