import { constantTimeEqual } from './password.js';

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(message)));
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** `t=<unix>,v1=<hex HMAC-SHA256 of "t.body">` — one `v1` per secret (several during rotation). */
export async function signWebhook(body: string, secrets: readonly string[], timestamp: number): Promise<string> {
  const signatures = await Promise.all(secrets.map((secret) => hmacHex(secret, `${timestamp}.${body}`)));
  return [`t=${timestamp}`, ...signatures.map((signature) => `v1=${signature}`)].join(',');
}

export type SignatureCheck = 'ok' | 'missing' | 'malformed' | 'stale' | 'mismatch';

/** Accepts when any `v1` matches any active secret and `t` is within `toleranceSeconds` of now. */
export async function verifyWebhook(
  body: string,
  header: string | undefined,
  secrets: readonly string[],
  now: Date,
  toleranceSeconds: number,
): Promise<SignatureCheck> {
  if (!header) return 'missing';
  let timestamp: number | undefined;
  const given: string[] = [];
  for (const part of header.split(',')) {
    const [name, value] = part.trim().split('=', 2);
    if (name === 't' && value && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (name === 'v1' && value && /^[0-9a-f]{64}$/.test(value)) given.push(value);
  }
  if (timestamp === undefined || given.length === 0) return 'malformed';
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) return 'stale';
  for (const secret of secrets) {
    const expected = await hmacHex(secret, `${timestamp}.${body}`);
    if (given.some((signature) => constantTimeEqual(signature, expected))) return 'ok';
  }
  return 'mismatch';
}
