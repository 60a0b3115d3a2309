import type { OrderEligibility, PageOf } from '@txassist/contract/types';
import { getOrderEligibilityRoute } from '../internal/contract.generated.js';
import type { Http, MutationOptions, RequestOptions } from '../internal/http.js';
import { pageHelpers } from '../internal/pagination.js';

/** The filters of a case list (refund requests, disputes). */
export interface ListCasesParams<Status extends string> {
  orderId?: string;
  status?: Status;
  /** 1–100, default 20. */
  limit?: number;
  /** A page's `next_cursor` (null means "first page"). */
  cursor?: string | null;
}

/** The routes of one kind of case, and the name of its id in their paths. */
export interface CaseRouteSet {
  idParam: string;
  create: JsonRoute;
  list: JsonRoute;
  get: JsonRoute;
  action: JsonRoute;
}

type JsonRoute = Parameters<Http['request']>[0];
type Call = Parameters<Http['request']>[1];

/**
 * What the refund and dispute resources share: eligibility, file, get, one page, every page, and
 * `act` with a typed `step` for the shorthands each kind adds.
 */
export function caseResource<Case, Status extends string, CreateBody, ActionBody extends { action: string }>(
  http: Http,
  routes: CaseRouteSet,
) {
  // The caller names the kind's types; the answer is still checked against the route's schema.
  const request = (route: JsonRoute, call: Call, options?: RequestOptions): Promise<unknown> =>
    http.request(route, call, options);
  const id = (value: string) => ({ [routes.idParam]: value });

  /** Any step, by its request body (see `allowed_actions`). */
  const act = (caseId: string, body: ActionBody, options?: MutationOptions) =>
    request(routes.action, { params: id(caseId), body: body as Call['body'] }, options) as Promise<Case>;
  const step = <A extends ActionBody['action']>(
    caseId: string,
    action: A,
    fields: Omit<Extract<ActionBody, { action: A }>, 'action'>,
    options?: MutationOptions,
  ): Promise<Case> => act(caseId, { action, ...fields } as unknown as ActionBody, options);

  /** One page of the caller's cases, newest first. Pass `next_cursor` back as `cursor` for the next page. */
  const list = (params: ListCasesParams<Status> = {}, options?: RequestOptions) => {
    const { orderId, status, limit, cursor } = params;
    const query = { order_id: orderId, status, limit, cursor: cursor ?? undefined };
    return request(routes.list, { query }, options) as Promise<PageOf<Case>>;
  };

  return {
    step,
    methods: {
      /** What the buyer may ask for about the order now and until when (refund types, dispute reasons). */
      eligibility(orderId: string, options?: RequestOptions): Promise<OrderEligibility> {
        return http.request(getOrderEligibilityRoute, { params: { order_id: orderId } }, options);
      },
      /** Files the case. Safe to retry: pass the same `idempotencyKey` and it is filed once. */
      create(orderId: string, body: CreateBody, options?: MutationOptions): Promise<Case> {
        return request(
          routes.create,
          { params: { order_id: orderId }, body: body as Call['body'] },
          options,
        ) as Promise<Case>;
      },
      get(caseId: string, options?: RequestOptions): Promise<Case> {
        return request(routes.get, { params: id(caseId) }, options) as Promise<Case>;
      },
      list,
      ...pageHelpers(list),
      /** Any step, by its request body, e.g. `act(id, { action: 'cancel' })`; the shorthands use it. */
      act,
    },
  };
}
