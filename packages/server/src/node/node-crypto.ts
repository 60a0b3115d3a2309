import { createCipheriv, createDecipheriv, createHash, createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import type { CryptoAdapter, SecretKey } from '../security/crypto-adapter.js';

const TAG_BYTES = 16;

function asArrayBufferBytes(buffer: Buffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
}

/** `node:crypto` behind the adapter: synchronous, microseconds a call, byte-for-byte what Web Crypto makes. */
export const NODE_CRYPTO: CryptoAdapter = {
  name: 'node:crypto',
  async sha256Hex(value) {
    return createHash('sha256').update(value, 'utf8').digest('hex');
  },
  async importAesKey(raw) {
    if (raw.byteLength !== 32) throw new Error('AES-256-GCM needs a 32-byte key');
    return createSecretKey(raw) as unknown as SecretKey;
  },
  async aesGcmEncrypt(key, iv, plaintext, aad) {
    const cipher = createCipheriv('aes-256-gcm', key as unknown as KeyObject, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    return asArrayBufferBytes(Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]));
  },
  async aesGcmDecrypt(key, iv, sealed, aad) {
    if (sealed.byteLength < TAG_BYTES) throw new Error('AES-GCM data shorter than its tag');
    const decipher = createDecipheriv('aes-256-gcm', key as unknown as KeyObject, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.byteLength - TAG_BYTES));
    return asArrayBufferBytes(
      Buffer.concat([decipher.update(sealed.subarray(0, sealed.byteLength - TAG_BYTES)), decipher.final()]),
    );
  },
  async importHmacKey(raw) {
    return createSecretKey(raw) as unknown as SecretKey;
  },
  async hmacSha256(key, message) {
    return asArrayBufferBytes(
      createHmac('sha256', key as unknown as KeyObject)
        .update(message, 'utf8')
        .digest(),
    );
  },
};
