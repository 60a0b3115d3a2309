import * as z from 'zod/mini';
import { idSchema, OrderId } from './ids.js';
import { Timestamp } from './timestamps.js';
import { ERASURE_REMOVED_CODES, ERASURE_KEPT_CODES } from './values/privacy.js';

// Zod-free in values/privacy.ts (browser bundles import it from `@txassist/contract/values`); re-exported here.
export { ERASURE_REMOVED_CODES, ERASURE_KEPT_CODES } from './values/privacy.js';

export const DataExportId = idSchema('exp');

export const DATA_EXPORT_STATUSES = ['queued', 'running', 'ready', 'downloaded', 'expired', 'failed'] as const;
export const DataExportStatus = z.enum(DATA_EXPORT_STATUSES);

/** "Download my data": a job with progress; the file can be downloaded once, until it expires. */
export const DataExport = z.object({
  object: z.literal('data_export'),
  id: DataExportId,
  status: DataExportStatus,
  /** 0–100. */
  progress: z.int().check(z.minimum(0), z.maximum(100)),
  created_at: Timestamp,
  expires_at: z.nullable(Timestamp),
});
export type DataExport = z.infer<typeof DataExport>;

export const ERASURE_BLOCKERS = ['open_orders', 'open_refunds', 'open_disputes'] as const;
export const ErasureBlockerCode = z.enum(ERASURE_BLOCKERS);

/** One blocking record as a buyer knows it: its order's number, and whether cancelling that order clears it. */
export const ErasureBlockerRecord = z.object({
  /** The blocking record's id (an order, refund request or dispute), as in `records`. */
  id: z.string(),
  order_id: OrderId,
  /** The order number the buyer knows (`TX-1042`). */
  order_number: z.string(),
  /** The buyer may cancel the order now (`POST /v1/orders/{id}/cancel`), which clears this blocker. */
  cancellable: z.boolean(),
});
export type ErasureBlockerRecord = z.infer<typeof ErasureBlockerRecord>;

export const ErasureBlocker = z.object({
  code: ErasureBlockerCode,
  /** Which records block it (order ids etc.). */
  records: z.array(z.string()),
  /** The same records with their orders (absent from older servers). */
  details: z.optional(z.array(ErasureBlockerRecord)),
});

/** Kept records carry a code so every buyer reads why in their own language; the text is the English fallback. */
export const ErasureKept = z.object({
  code: z.enum(ERASURE_KEPT_CODES),
  record: z.string(),
  reason: z.string(),
});

/** What "delete my data" will do: removed, kept (and why), and what blocks it now. */
export const ErasurePreview = z.object({
  object: z.literal('erasure_preview'),
  can_erase: z.boolean(),
  blockers: z.array(ErasureBlocker),
  removed: z.array(z.object({ code: z.enum(ERASURE_REMOVED_CODES), description: z.string() })),
  kept: z.array(ErasureKept),
});
export type ErasurePreview = z.infer<typeof ErasurePreview>;

export const ErasureRequest = z.object({
  /** Must be true: erasure cannot be undone. */
  confirm: z.literal(true),
});

export const ErasureResult = z.object({
  object: z.literal('erasure'),
  status: z.literal('completed'),
  erased_at: Timestamp,
  kept: z.array(ErasureKept),
});
export type ErasureResult = z.infer<typeof ErasureResult>;
