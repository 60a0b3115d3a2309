import type { Principal } from '../domain/principal.js';
import { ProblemError } from '../http/problem.js';
import type { HandlerInput } from '../http/route-handler.js';
import type { Services } from '../services.js';
import type { CaseKindDescriptor, CaseRow } from '../cases/kind.js';
import { listCases, readCase } from '../cases/reads.js';

export type Buyer = Extract<Principal, { role: 'buyer' }>;

export function buyerOf(principal: Principal): Buyer {
  if (principal.role !== 'buyer') throw new ProblemError('forbidden');
  return principal;
}

type Input<Params, Query, Body> = Pick<HandlerInput<never>, 'services' | 'now'> & {
  principal: Principal;
  params: Params;
  query: Query;
  body: Body;
};

interface ListQuery<Status> {
  order_id?: string | undefined;
  status?: Status | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

/**
 * The file, list and read handlers of one kind of case: the same for refund requests and disputes
 * but for how a case is filed and how it is shown to the principal.
 */
export function caseHandlers<Row extends CaseRow, View, Body, IdParam extends string>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any kind of case; typed where it is made
  kind: CaseKindDescriptor<Row, any, any>,
  idParam: IdParam,
  file: (services: Services, buyer: Buyer, orderId: string, body: Body, now: Date) => Promise<Row>,
  view: (services: Services, row: Row, principal: Principal) => Promise<View>,
) {
  return {
    create: async ({ services, principal, params, body, now }: Input<{ order_id: string }, unknown, Body>) =>
      view(services, await file(services, buyerOf(principal), params.order_id, body, now), principal),
    list: async ({ services, principal, query, now }: Input<unknown, ListQuery<Row['status']>, unknown>) => {
      const { order_id: orderId, ...page } = query;
      return listCases(kind, services, principal, { orderId, ...page }, now, (row) => view(services, row, principal));
    },
    get: async ({ services, principal, params, now }: Input<Record<IdParam, string>, unknown, unknown>) =>
      view(services, await readCase(kind, services, principal, params[idParam], now), principal),
  };
}
