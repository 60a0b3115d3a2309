import type { Inbox, InboxNotification } from '@txassist/contract/types';
import { listNotificationsRoute, markNotificationReadRoute } from '../internal/contract.generated.js';
import type { Http, MutationOptions, RequestOptions } from '../internal/http.js';
import { pageHelpers } from '../internal/pagination.js';

export interface ListNotificationsParams {
  unreadOnly?: boolean;
  /** 1–100, default 20. */
  limit?: number;
  cursor?: string | null;
}

export function createNotificationsResource(http: Http) {
  /** The in-app inbox, newest first, with `unread_count`. Messages are codes to word with the catalog. */
  const list = (params: ListNotificationsParams = {}, options?: RequestOptions): Promise<Inbox> =>
    http.request(
      listNotificationsRoute,
      {
        query: {
          unread_only: params.unreadOnly === undefined ? undefined : params.unreadOnly ? 'true' : 'false',
          limit: params.limit,
          cursor: params.cursor ?? undefined,
        },
      },
      options,
    );
  return {
    list,
    /** Every page of the inbox from `params.cursor` (or the first) on; every message across them. */
    ...pageHelpers(list),

    /** Marks one message read. Safe to retry. */
    markRead(id: string, options?: MutationOptions): Promise<InboxNotification> {
      return http.request(markNotificationReadRoute, { params: { notification_id: id }, body: {} }, options);
    },
  };
}

export type NotificationsResource = ReturnType<typeof createNotificationsResource>;
