import type { TxEvent } from '@txassist/contract/types';
import { TxError } from '../errors.js';

/** Why a webhook was refused; switch on it, never on the message. */
export type WebhookSignatureErrorCode =
  | 'signature_missing'
  | 'signature_malformed'
  | 'timestamp_outside_tolerance'
  | 'signature_mismatch'
  | 'payload_invalid';

/** A webhook delivery that must not be trusted: answer 400 and do not act on it. */
export class WebhookSignatureError extends TxError {
  override readonly name = 'WebhookSignatureError';
  readonly code: WebhookSignatureErrorCode;

  constructor(code: WebhookSignatureErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export interface VerifyWebhookOptions {
  /** How far, in seconds, the signed timestamp may be from now (replay window). Default 300. */
  tolerance?: number;
  /** The clock to compare with (tests). Default: now. */
  now?: Date;
}

/** The request header a delivery is signed in. */
export const WEBHOOK_SIGNATURE_HEADER = 'Tx-Signature';
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

const encoder = new TextEncoder();

async function hmacSha256Hex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Same-length hex strings compared without an early exit. */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}

/**
 * Checks a webhook delivery like stripe-node's `constructEvent`: the `Tx-Signature` header
 * (`t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.payload">`, one `v1` per active secret while a secret is
 * rotated) must carry a `v1` made with `secret` over the exact bytes received, and `t` must be within
 * `tolerance` seconds of now. Resolves with the parsed event; rejects with `WebhookSignatureError`.
 * Pass the raw body (`await request.text()`), never a re-serialised object.
 */
export async function verifyWebhook(
  payload: string | Uint8Array,
  signatureHeader: string | null | undefined,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<TxEvent> {
  if (!secret) throw new TypeError('Pass the endpoint secret (shown once when the endpoint was created).');
  const body = typeof payload === 'string' ? payload : new TextDecoder().decode(payload);
  if (!signatureHeader) {
    throw new WebhookSignatureError(
      'signature_missing',
      `No ${WEBHOOK_SIGNATURE_HEADER} header: the request did not come from txassist. Answer 400.`,
    );
  }
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of signatureHeader.split(',')) {
    const [name, value] = part.trim().split('=', 2);
    if (name === 't' && value && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (name === 'v1' && value && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  if (timestamp === undefined || signatures.length === 0) {
    throw new WebhookSignatureError(
      'signature_malformed',
      `${WEBHOOK_SIGNATURE_HEADER} must read "t=<seconds>,v1=<hex>"; pass the header exactly as received.`,
    );
  }
  const tolerance = options.tolerance ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS;
  const now = (options.now ?? new Date()).getTime() / 1000;
  if (Math.abs(now - timestamp) > tolerance) {
    throw new WebhookSignatureError(
      'timestamp_outside_tolerance',
      `The signature is ${Math.round(Math.abs(now - timestamp))} s old (tolerance ${tolerance} s): a replay, or this server's clock is wrong.`,
    );
  }
  const expected = await hmacSha256Hex(secret, `${timestamp}.${body}`);
  if (!signatures.some((signature) => constantTimeEqual(signature, expected))) {
    throw new WebhookSignatureError(
      'signature_mismatch',
      'No signature matches this secret: check the endpoint secret, and verify the raw body, not parsed JSON.',
    );
  }
  try {
    return JSON.parse(body) as TxEvent;
  } catch {
    throw new WebhookSignatureError('payload_invalid', 'The signed body is not JSON.');
  }
}
