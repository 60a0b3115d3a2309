import type { Principal } from '../domain/principal.js';
import { ProblemError } from '../http/problem.js';
import type { HandlerInput } from '../http/route-handler.js';
import type { Services } from '../services.js';
import type { CaseKindDescriptor, CaseRow } from './kind.js';
import { listCases, readCase } from './reads.js';

export type Buyer = Extract<Principal, { role: 'buyer' }>;

export function buyerOf(principal: Principal): Buyer {
  if (principal.role !== 'buyer') throw new ProblemError('forbidden');
  return principal;
}

export type Input<Params, Query, Body> = Pick<HandlerInput<never>, 'services' | 'now'> & {
  principal: Principal;
  params: Params;
  query: Query;
  body: Body;
};

export interface ListQuery<Status> {
  order_id?: string | undefined;
  status?: Status | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

/** How one kind of case is filed, stepped and shown; the rest is the same for every kind. */
export interface CaseOperations<Row, View, CreateBody, ActionBody, Id> {
  file(services: Services, buyer: Buyer, orderId: string, body: CreateBody, now: Date): Promise<Row>;
  act(services: Services, principal: Principal, id: Id, body: ActionBody, now: Date, requestId: string): Promise<Row>;
  view(services: Services, row: Row, principal: Principal): Promise<View>;
}

/** The file, list, read and step handlers of one kind of case (refund requests, disputes). */
export function caseHandlers<
  Row extends CaseRow,
  View,
  CreateBody,
  ActionBody,
  IdParam extends string,
  Id extends string,
>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any kind of case; typed where it is made
  kind: CaseKindDescriptor<Row, any, any>,
  idParam: IdParam,
  { file, act, view }: CaseOperations<Row, View, CreateBody, ActionBody, Id>,
) {
  type ById<Body> = Input<Record<IdParam, Id>, unknown, Body>;
  return {
    create: async ({ services, principal, params, body, now }: Input<{ order_id: string }, unknown, CreateBody>) =>
      view(services, await file(services, buyerOf(principal), params.order_id, body, now), principal),
    list: async ({ services, principal, query, now }: Input<unknown, ListQuery<Row['status']>, unknown>) => {
      const { order_id: orderId, ...page } = query;
      return listCases(kind, services, principal, { orderId, ...page }, now, (row) => view(services, row, principal));
    },
    get: async ({ services, principal, params, now }: ById<unknown>) =>
      view(services, await readCase(kind, services, principal, params[idParam], now), principal),
    action: async ({ c, services, principal, params, body, now }: ById<ActionBody> & Pick<HandlerInput<never>, 'c'>) =>
      view(services, await act(services, principal, params[idParam], body, now, c.var.requestId), principal),
  };
}
