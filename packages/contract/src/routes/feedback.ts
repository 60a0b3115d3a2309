import {
  Feedback,
  FeedbackSummary,
  FeedbackSummaryQuery,
  SearchMissRecorded,
  SearchMissRequest,
  SendFeedbackRequest,
} from '../feedback.js';
import { define } from '../route-definition.js';

export const sendFeedbackRoute = /*#__PURE__*/ define({
  operationId: 'sendFeedback',
  method: 'post',
  path: '/v1/me/feedback',
  summary:
    'Rate a resolved case or a closed conversation (1–5), or say whether a guide helped; one per buyer and subject, a second replaces the first',
  tag: 'feedback',
  auth: 'token',
  roles: ['buyer'],
  body: SendFeedbackRequest,
  response: { status: 201, description: 'The feedback as stored', schema: Feedback },
  errors: [
    'validation_failed',
    'malformed_json',
    'unauthenticated',
    'session_expired',
    'forbidden',
    'not_found',
    'feedback_not_allowed',
    'idempotency_conflict',
  ],
});

export const recordSearchMissRoute = /*#__PURE__*/ define({
  operationId: 'recordSearchMiss',
  method: 'post',
  path: '/v1/assistant/search-misses',
  summary: 'Report a guide search that found nothing (stored without personal data; rate limited)',
  tag: 'feedback',
  auth: 'publishable_key',
  roles: [],
  body: SearchMissRequest,
  response: { status: 202, description: 'Recorded (or dropped when nothing was left)', schema: SearchMissRecorded },
  errors: ['validation_failed', 'malformed_json', 'invalid_api_key', 'origin_not_allowed', 'idempotency_conflict'],
});

export const getFeedbackSummaryRoute = /*#__PURE__*/ define({
  operationId: 'getFeedbackSummary',
  method: 'get',
  path: '/v1/seller/feedback/summary',
  summary: 'Satisfaction over time, by topic and by guide, and the searches that found nothing',
  tag: 'feedback',
  auth: 'token',
  roles: ['seller', 'agent', 'admin'],
  query: FeedbackSummaryQuery,
  response: { status: 200, description: 'The summary', schema: FeedbackSummary },
  errors: ['unauthenticated', 'session_expired', 'forbidden', 'invalid_query'],
});
