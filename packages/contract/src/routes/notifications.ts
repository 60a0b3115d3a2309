import * as z from 'zod/mini';
import { Inbox, InboxNotification, InboxQuery, NotificationPathParams } from '../notifications.js';
import { define } from '../route-definition.js';

export const listNotificationsRoute = /*#__PURE__*/ define({
  operationId: 'listNotifications',
  method: 'get',
  path: '/v1/me/notifications',
  summary: 'The in-app inbox, newest first, with the unread count',
  tag: 'notifications',
  auth: 'token',
  roles: ['buyer'],
  query: InboxQuery,
  response: { status: 200, description: 'Inbox page', schema: Inbox },
  errors: ['unauthenticated', 'forbidden', 'invalid_query'],
});

export const markNotificationReadRoute = /*#__PURE__*/ define({
  operationId: 'markNotificationRead',
  method: 'post',
  path: '/v1/me/notifications/{notification_id}/read',
  summary: 'Mark one inbox message read',
  tag: 'notifications',
  auth: 'token',
  roles: ['buyer'],
  params: NotificationPathParams,
  body: z.optional(z.object({})),
  response: { status: 200, description: 'The message', schema: InboxNotification },
  errors: ['unauthenticated', 'forbidden', 'not_found', 'idempotency_conflict'],
});
