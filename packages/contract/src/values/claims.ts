// Refund and dispute values without zod (browser bundles import these; the schema files add the schemas).
import type { DisputeStatus, RefundStatus } from '../types.js';

/** Why a buyer files a dispute (PayPal / TikTok Shop reasons). */
export const DISPUTE_REASONS = [
  'not_received',
  'damaged',
  'not_as_described',
  'wrong_item',
  'missing_parts',
  'unauthorized',
  'other',
] as const;

/** Why a buyer asks for a refund, return or replacement. */
export const REFUND_REASONS = [
  'not_received',
  'damaged',
  'not_as_described',
  'wrong_item',
  'missing_parts',
  'changed_mind',
  'other',
] as const;

export const DESIRED_OUTCOMES = ['full_refund', 'partial_refund', 'replacement', 'return_and_refund'] as const;

export const REFUND_TYPES = ['refund', 'return_and_refund', 'replacement'] as const;

export const TERMINAL_REFUND_STATUSES: readonly RefundStatus[] = ['rejected', 'completed', 'cancelled'];

export const TERMINAL_DISPUTE_STATUSES: readonly DisputeStatus[] = [
  'settled',
  'resolved_buyer',
  'resolved_seller',
  'withdrawn',
];
