import type { Order, OrderStatus, PageOf } from '@txassist/contract/types';
import { cancelOrderRoute, getOrderRoute, listOrdersRoute } from '../internal/contract.generated.js';
import type { Http, MutationOptions, RequestOptions } from '../internal/http.js';
import { pageHelpers } from '../internal/pagination.js';

export interface ListOrdersParams {
  status?: OrderStatus;
  /** Part of the order number, any case (`1004` finds `TX-1004`). Blank means no search. */
  number?: string;
  /** 1–100, default 20. */
  limit?: number;
  /** A page's `next_cursor` (null means "first page"). */
  cursor?: string | null;
}

export function createOrdersResource(http: Http) {
  /** One page of orders, newest first. Pass `next_cursor` back as `cursor` for the next page. */
  const list = (params: ListOrdersParams = {}, options?: RequestOptions): Promise<PageOf<Order>> => {
    const { status, limit, cursor } = params;
    const number = params.number?.trim() || undefined;
    return http.request(listOrdersRoute, { query: { status, number, limit, cursor: cursor ?? undefined } }, options);
  };
  return {
    /** One order of the signed-in buyer (or the guest session's order). */
    get(id: string, options?: RequestOptions): Promise<Order> {
      return http.request(getOrderRoute, { params: { order_id: id } }, options);
    },

    list,
    /** Every page from `params.cursor` (or the first) on: `for await (const page of orders.listPages())`; and
     *  every order across them: `for await (const order of orders.listAll({ status }))`. */
    ...pageHelpers(list),

    /** Cancels an order while its status allows it (see `order.buyer_actions`). Safe to retry. */
    cancel(id: string, options?: MutationOptions): Promise<Order> {
      return http.request(cancelOrderRoute, { params: { order_id: id }, body: {} }, options);
    },
  };
}

export type OrdersResource = ReturnType<typeof createOrdersResource>;
