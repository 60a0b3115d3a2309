import { cryptoAdapter } from './crypto-adapter.js';

/** SHA-256 hex of a string. Used to store API keys and tokens without keeping them. */
export function sha256Hex(value: string): Promise<string> {
  return cryptoAdapter().sha256Hex(value);
}

/** Random URL-safe token with `bytes` of entropy. */
export function randomToken(prefix: string, bytes = 32): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  const base64 = btoa(String.fromCharCode(...data))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
  return `${prefix}${base64}`;
}
