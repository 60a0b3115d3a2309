import { MAX_EVIDENCE_BYTES } from '@txassist/contract';

/** An evidence upload is JSON with the file as base64: the largest file, plus base64's third, plus the JSON around it. */
export const EVIDENCE_UPLOAD_BODY_BYTES = Math.ceil((MAX_EVIDENCE_BYTES * 4) / 3) + 4096;

const EVIDENCE_UPLOAD_PATH = /^\/v1\/orders\/[^/]+\/evidence\/?$/;

/** The largest body a request may send: JSON calls `defaultMax`, evidence uploads more. */
export function bodyLimitFor(method: string, path: string, defaultMax: number): number {
  return method === 'POST' && EVIDENCE_UPLOAD_PATH.test(path)
    ? Math.max(defaultMax, EVIDENCE_UPLOAD_BODY_BYTES)
    : defaultMax;
}
