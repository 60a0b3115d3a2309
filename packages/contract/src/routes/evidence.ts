import { Evidence, EvidenceContent, EvidencePathParams, UploadEvidenceRequest } from '../evidence.js';
import { OrderPathParams } from '../order.js';
import { define } from '../route-definition.js';

// Evidence files: uploaded about an order, then attached by id to a dispute (or a refund request).
// Documented under the disputes tag, where the API reference has always listed them.

export const uploadEvidenceRoute = /*#__PURE__*/ define({
  operationId: 'uploadEvidence',
  method: 'post',
  path: '/v1/orders/{order_id}/evidence',
  summary: 'Upload one evidence file (base64 in JSON); the type is detected from the bytes. Attach it by id.',
  tag: 'disputes',
  auth: 'token',
  roles: ['buyer', 'seller', 'agent', 'admin'],
  params: OrderPathParams,
  body: UploadEvidenceRequest,
  response: { status: 201, description: 'The stored file', schema: Evidence },
  errors: [
    'validation_failed',
    'malformed_json',
    'payload_too_large',
    'unauthenticated',
    'forbidden',
    'not_found',
    'evidence_type_not_allowed',
    'evidence_too_large',
    'evidence_limit_reached',
    'idempotency_conflict',
  ],
});

export const getEvidenceContentRoute = /*#__PURE__*/ define({
  operationId: 'getEvidenceContent',
  method: 'get',
  path: '/v1/evidence/{evidence_id}/content',
  summary:
    "An evidence file's bytes as base64 (the uploader before it is attached; then the case's parties; staff inside the order's open support case, audited)",
  tag: 'disputes',
  auth: 'token',
  roles: ['buyer', 'seller', 'agent', 'admin'],
  params: EvidencePathParams,
  response: { status: 200, description: 'The file and its bytes (base64)', schema: EvidenceContent },
  errors: ['unauthenticated', 'session_expired', 'forbidden', 'not_found'],
});
