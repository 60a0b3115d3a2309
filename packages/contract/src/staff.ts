import * as z from 'zod/mini';
import { idSchema, OrderId } from './ids.js';
import { Order } from './order.js';
import { Timestamp } from './timestamps.js';
import { Address } from './address.js';

export const StaffId = idSchema('stf');
export const CaseId = idSchema('cas');

/** Staff sign in with a password and a second factor: a TOTP code or a one-time recovery code. */
export const StaffSignInRequest = z.object({
  email: z.email(),
  password: z.string().check(z.minLength(1), z.maxLength(200)),
  totp_code: z.optional(z.string().check(z.regex(/^\d{6}$/, 'must be the 6-digit code from the authenticator app'))),
  recovery_code: z.optional(z.string().check(z.maxLength(40))),
});
export type StaffSignInRequest = z.infer<typeof StaffSignInRequest>;

export const StaffSession = z.object({
  object: z.literal('staff_session'),
  token: z.string(),
  staff_id: StaffId,
  role: z.enum(['agent', 'admin']),
  mfa: z.literal(true),
  expires_at: Timestamp,
  /** Recovery codes left, when one was used to sign in. */
  recovery_codes_remaining: z.nullable(z.int()),
});
export type StaffSession = z.infer<typeof StaffSession>;

export const OpenCaseRequest = z.object({
  order_id: OrderId,
  reason: z.string().check(z.trim(), z.minLength(3), z.maxLength(500)),
});

export const BuyerContact = z.object({
  id: idSchema('byr'),
  name: z.nullable(z.string()),
  email: z.nullable(z.string()),
});

/** A support case: the only place an agent sees a buyer's full personal data (every read audited). */
export const SupportCase = z.object({
  object: z.literal('support_case'),
  id: CaseId,
  status: z.enum(['open', 'closed']),
  order_id: OrderId,
  reason: z.string(),
  opened_by: StaffId,
  opened_at: Timestamp,
  closed_at: z.nullable(Timestamp),
});
export type SupportCase = z.infer<typeof SupportCase>;

export const SupportCaseDetail = z.object({
  object: z.literal('support_case_detail'),
  case: SupportCase,
  order: Order,
  buyer: BuyerContact,
  shipping_address: z.nullable(Address),
});

export const AuditEvent = z.object({
  object: z.literal('audit_event'),
  sequence: z.int(),
  at: Timestamp,
  actor_type: z.enum(['staff', 'seller', 'buyer', 'system']),
  actor_id: z.string(),
  action: z.string(),
  subject_type: z.string(),
  subject_id: z.string(),
  case_id: z.nullable(z.string()),
  reason: z.nullable(z.string()),
  request_id: z.nullable(z.string()),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditQuery = z.object({
  from: z.optional(Timestamp),
  to: z.optional(Timestamp),
  actor_id: z.optional(z.string().check(z.maxLength(80))),
  subject_id: z.optional(z.string().check(z.maxLength(80))),
  limit: z.optional(
    z.coerce.number().check(z.refine(Number.isInteger, 'must be a whole number'), z.minimum(1), z.maximum(500)),
  ),
  cursor: z.optional(z.string().check(z.regex(/^\d{1,15}$/))),
});

export const CasePathParams = z.object({ case_id: CaseId });
