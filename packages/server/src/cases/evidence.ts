import { sniffEvidenceType, type Evidence, type EvidenceRules, type UploadEvidenceRequest } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { Principal } from '../domain/principal.js';
import { ProblemError } from '../http/problem.js';
import { fromBase64 } from '../security/base64.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { attachEvidence, countUnattached, insertEvidence, toEvidence } from '../store/evidence-files.js';

/** Who uploaded: the buyer, the seller (their shop) or a staff member. */
export function uploaderOf(principal: Principal): { role: Evidence['uploaded_by']; id: string } {
  switch (principal.role) {
    case 'buyer':
      return { role: 'buyer', id: principal.buyerId };
    case 'seller':
      return { role: 'seller', id: principal.sellerId };
    default:
      return { role: principal.role, id: principal.staffId };
  }
}

function decode(data: string): Uint8Array {
  try {
    return fromBase64(data);
  } catch {
    throw new ProblemError('validation_failed', 'Send the file as base64.', {
      errors: [{ path: 'data', code: 'invalid_format', message: 'must be base64' }],
    });
  }
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** Checks a file against the policy by its bytes (type by content, size, count) and stores it. */
export async function storeEvidence(
  db: Queryable,
  cipher: FieldCipher,
  principal: Principal,
  orderId: string,
  rules: EvidenceRules,
  request: UploadEvidenceRequest,
  now: Date,
): Promise<Evidence> {
  const bytes = decode(request.data);
  const type = sniffEvidenceType(bytes);
  if (!type || !rules.accepted_types.includes(type)) {
    throw new ProblemError(
      'evidence_type_not_allowed',
      `Upload a photo or document of type ${rules.accepted_types.map((t) => t.split('/')[1]).join(', ')}; this file's content is ${type ?? 'none of them'}.`,
    );
  }
  if (bytes.length > rules.max_bytes) {
    throw new ProblemError(
      'evidence_too_large',
      `Upload files up to ${megabytes(rules.max_bytes)}; this one is ${megabytes(bytes.length)}.`,
    );
  }
  const uploader = uploaderOf(principal);
  if ((await countUnattached(db, orderId, uploader.id)) >= rules.max_files) {
    throw new ProblemError('evidence_limit_reached', `Attach at most ${rules.max_files} files; remove one first.`);
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  const row = await insertEvidence(
    db,
    cipher,
    {
      order_id: orderId as Evidence['order_id'],
      uploader_role: uploader.role,
      uploader_id: uploader.id,
      content_type: type,
      size: bytes.length,
      filename: request.filename,
      sha256: [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join(''),
      content: bytes,
    },
    now,
  );
  return toEvidence(row);
}

/** Attaches uploads to a case, refusing too many and ids that are not the caller's unattached uploads on the order. */
export async function attachCaseEvidence(
  db: Queryable,
  principal: Principal,
  ids: readonly string[] | undefined,
  target: { orderId: string; attachTo: string; maxFiles: number },
): Promise<void> {
  if (!ids || ids.length === 0) return;
  if (new Set(ids).size > target.maxFiles) {
    throw new ProblemError('evidence_limit_reached', `Attach at most ${target.maxFiles} files.`);
  }
  const ok = await attachEvidence(db, ids, {
    orderId: target.orderId,
    uploaderId: uploaderOf(principal).id,
    attachTo: target.attachTo,
  });
  if (!ok) {
    throw new ProblemError('evidence_not_found', 'Upload the files again: some were not found or are already used.');
  }
}
