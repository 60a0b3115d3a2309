import { TxEvent } from '../events.js';
import { define } from '../route-definition.js';

export const streamEventsRoute = /*#__PURE__*/ define({
  operationId: 'streamEvents',
  method: 'get',
  path: '/v1/events',
  summary: 'Live updates for the caller (Server-Sent Events); resume with Last-Event-ID',
  tag: 'events',
  auth: 'token',
  roles: ['buyer', 'seller'],
  response: {
    status: 200,
    description: 'A text/event-stream whose `data:` lines are events',
    contentType: 'text/event-stream',
    schema: TxEvent,
  },
  errors: ['unauthenticated', 'session_expired'],
});
