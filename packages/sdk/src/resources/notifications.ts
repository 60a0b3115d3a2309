import type { Inbox, InboxNotification } from '@txassist/contract';
import { listNotificationsRoute, markNotificationReadRoute } from '../internal/contract.generated.js';
import type { Http, MutationOptions, RequestOptions } from '../internal/http.js';

export interface ListNotificationsParams {
  unreadOnly?: boolean;
  /** 1–100, default 20. */
  limit?: number;
  cursor?: string | null;
}

export function createNotificationsResource(http: Http) {
  return {
    /** The in-app inbox, newest first, with `unread_count`. Messages are codes to word with the catalog. */
    list(params: ListNotificationsParams = {}, options?: RequestOptions): Promise<Inbox> {
      return http.request(
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
    },

    /** Marks one message read. Safe to retry. */
    markRead(id: string, options?: MutationOptions): Promise<InboxNotification> {
      return http.request(markNotificationReadRoute, { params: { notification_id: id }, body: {} }, options);
    },
  };
}

export type NotificationsResource = ReturnType<typeof createNotificationsResource>;
