import * as z from 'zod/mini';
import {
  AuditEvent,
  AuditQuery,
  CasePathParams,
  OpenCaseRequest,
  StaffSession,
  StaffSignInRequest,
  SupportCase,
  SupportCaseDetail,
} from '../staff.js';
import { define } from '../route-definition.js';

export const staffSignInRoute = /*#__PURE__*/ define({
  operationId: 'staffSignIn',
  method: 'post',
  path: '/v1/staff/sessions',
  summary: 'Staff sign-in with password and a second factor (TOTP or recovery code)',
  tag: 'staff',
  auth: 'none',
  roles: [],
  body: StaffSignInRequest,
  response: { status: 201, description: 'A staff session', schema: StaffSession },
  returnsCredential: true,
  errors: ['validation_failed', 'malformed_json', 'invalid_credentials', 'mfa_required', 'mfa_invalid'],
});

export const openCaseRoute = /*#__PURE__*/ define({
  operationId: 'openCase',
  method: 'post',
  path: '/v1/staff/cases',
  summary: 'Open a support case on an order (the reason is recorded in the audit log)',
  tag: 'staff',
  auth: 'token',
  roles: ['agent', 'admin'],
  body: OpenCaseRequest,
  response: { status: 201, description: 'The case', schema: SupportCase },
  errors: ['validation_failed', 'malformed_json', 'unauthenticated', 'forbidden', 'not_found', 'idempotency_conflict'],
});

export const getCaseRoute = /*#__PURE__*/ define({
  operationId: 'getCase',
  method: 'get',
  path: '/v1/staff/cases/{case_id}',
  summary: "A case with the order and the buyer's full personal data (only while open; audited)",
  tag: 'staff',
  auth: 'token',
  roles: ['agent', 'admin'],
  params: CasePathParams,
  response: { status: 200, description: 'The case', schema: SupportCaseDetail },
  errors: ['unauthenticated', 'forbidden', 'not_found'],
});

export const closeCaseRoute = /*#__PURE__*/ define({
  operationId: 'closeCase',
  method: 'post',
  path: '/v1/staff/cases/{case_id}/close',
  summary: 'Close a case; its personal data is no longer shown',
  tag: 'staff',
  auth: 'token',
  roles: ['agent', 'admin'],
  params: CasePathParams,
  body: z.optional(z.object({})),
  response: { status: 200, description: 'The closed case', schema: SupportCase },
  errors: ['unauthenticated', 'forbidden', 'not_found', 'idempotency_conflict'],
});

export const listAuditEventsRoute = /*#__PURE__*/ define({
  operationId: 'listAuditEvents',
  method: 'get',
  path: '/v1/staff/audit-events',
  summary: 'The append-only audit log (admins)',
  tag: 'staff',
  auth: 'token',
  roles: ['admin'],
  query: AuditQuery,
  response: {
    status: 200,
    description: 'Audit events, oldest first',
    schema: z.object({
      object: z.literal('list'),
      data: z.array(AuditEvent),
      has_more: z.boolean(),
      next_cursor: z.nullable(z.string()),
    }),
  },
  errors: ['unauthenticated', 'forbidden', 'invalid_query'],
});
