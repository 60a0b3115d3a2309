/**
 * The few primitives on the request path (SHA-256 of tokens, AES-256-GCM of personal fields,
 * HMAC-SHA-256 blind indexes) behind one interface: Web Crypto everywhere, `node:crypto` once the
 * Node entry installs it (Web Crypto costs ≈ 80–90 µs a call on Node against 1–4 µs). Both produce
 * the same bytes: AES-GCM output is the ciphertext followed by the 16-byte tag, as Web Crypto has it.
 */
export interface CryptoAdapter {
  readonly name: string;
  sha256Hex(value: string): Promise<string>;
  /** An AES-256-GCM key usable only with the adapter that imported it. */
  importAesKey(raw: Uint8Array<ArrayBuffer>): Promise<SecretKey>;
  aesGcmEncrypt(
    key: SecretKey,
    iv: Uint8Array<ArrayBuffer>,
    plaintext: Uint8Array<ArrayBuffer>,
    aad: string,
  ): Promise<Uint8Array<ArrayBuffer>>;
  /** Throws when the tag does not verify (wrong key, wrong additional data, tampered data). */
  aesGcmDecrypt(
    key: SecretKey,
    iv: Uint8Array<ArrayBuffer>,
    sealed: Uint8Array<ArrayBuffer>,
    aad: string,
  ): Promise<Uint8Array<ArrayBuffer>>;
  /** An HMAC-SHA-256 key usable only with the adapter that imported it. */
  importHmacKey(raw: Uint8Array<ArrayBuffer>): Promise<SecretKey>;
  hmacSha256(key: SecretKey, message: string): Promise<Uint8Array<ArrayBuffer>>;
}

/** Opaque: a `CryptoKey` for Web Crypto, a `KeyObject` for `node:crypto`. */
export interface SecretKey {
  readonly __secretKey: never;
}

const encoder = new TextEncoder();

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

export const WEB_CRYPTO: CryptoAdapter = {
  name: 'webcrypto',
  async sha256Hex(value) {
    return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(value))));
  },
  async importAesKey(raw) {
    const key = await crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
    return key as unknown as SecretKey;
  },
  async aesGcmEncrypt(key, iv, plaintext, aad) {
    const sealed = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: encoder.encode(aad) },
      key as unknown as CryptoKey,
      plaintext,
    );
    return new Uint8Array(sealed);
  },
  async aesGcmDecrypt(key, iv, sealed, aad) {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: encoder.encode(aad) },
      key as unknown as CryptoKey,
      sealed,
    );
    return new Uint8Array(plain);
  },
  async importHmacKey(raw) {
    const key = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return key as unknown as SecretKey;
  },
  async hmacSha256(key, message) {
    return new Uint8Array(await crypto.subtle.sign('HMAC', key as unknown as CryptoKey, encoder.encode(message)));
  },
};

let current: CryptoAdapter = WEB_CRYPTO;

/** The adapter in use: Web Crypto unless the runtime's entry installed a faster one. */
export function cryptoAdapter(): CryptoAdapter {
  return current;
}

/**
 * Installs `adapter` for what is created from now on. A `FieldCipher` keeps the adapter it was
 * opened with (its keys belong to it), so switching never mixes key kinds.
 */
export function useCryptoAdapter(adapter: CryptoAdapter): void {
  current = adapter;
}
