import * as z from 'zod/mini';
import { idSchema, OrderId } from './ids.js';
import { Timestamp } from './timestamps.js';

/** File types accepted as evidence. The server decides the type from the bytes, never from the name. */
export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const EvidenceType = z.enum(EVIDENCE_TYPES);
export type EvidenceType = z.infer<typeof EvidenceType>;

export const EvidenceId = idSchema('evi');
export type EvidenceId = z.infer<typeof EvidenceId>;

/** Hard platform ceiling; a seller's policy may only lower it. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const MAX_EVIDENCE_FILES = 10;

// In its own module without zod, so browser bundles that sniff files carry no schemas (issue 14).
export { sniffEvidenceType } from './evidence-sniff.js';

/** What a seller's policy allows as evidence. */
export const EvidenceRules = z.object({
  accepted_types: z.array(EvidenceType).check(z.minLength(1)),
  /** Largest file in bytes. */
  max_bytes: z.int().check(z.minimum(1024), z.maximum(MAX_EVIDENCE_BYTES)),
  /** Most files per dispute (and per message). */
  max_files: z.int().check(z.minimum(1), z.maximum(MAX_EVIDENCE_FILES)),
});
export type EvidenceRules = z.infer<typeof EvidenceRules>;

/** An uploaded file. Uploaded before the dispute or message that uses it, then attached by id. */
export const Evidence = z.object({
  object: z.literal('evidence'),
  id: EvidenceId,
  order_id: OrderId,
  /** Detected from the content. */
  content_type: EvidenceType,
  size: z.int().check(z.nonnegative()),
  /** The name the uploader gave (shown only; never trusted for the type). */
  filename: z.string(),
  uploaded_by: z.enum(['buyer', 'seller', 'agent', 'admin']),
  /** The dispute or refund request it is attached to; null while unattached. */
  attached_to: z.nullable(z.string()),
  /** API path of the file's content (`GET` → `EvidenceContent`, same authorisation as the case). */
  content_path: z.string(),
  created_at: Timestamp,
});
export type Evidence = z.infer<typeof Evidence>;

/**
 * Upload: JSON with the file as base64 (so retries with the same Idempotency-Key replay exactly).
 * The type is sniffed from the decoded bytes; `filename` is kept for display only.
 */
export const UploadEvidenceRequest = z.object({
  filename: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  /** Base64 (standard alphabet, padding optional) of the file's bytes. */
  data: z.string().check(z.minLength(4), z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')),
});
export type UploadEvidenceRequest = z.infer<typeof UploadEvidenceRequest>;

/** An evidence file with its bytes (base64), for showing it: `URL.createObjectURL(new Blob([bytes], { type }))`. */
export const EvidenceContent = z.object({
  object: z.literal('evidence_content'),
  evidence: Evidence,
  data: z.string(),
});
export type EvidenceContent = z.infer<typeof EvidenceContent>;

export const EvidencePathParams = z.object({ evidence_id: EvidenceId });
