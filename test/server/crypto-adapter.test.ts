import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import {
  cryptoAdapter,
  DEV_MASTER_KEY,
  FieldCipher,
  NODE_CRYPTO,
  WEB_CRYPTO,
  type CryptoAdapter,
} from '@txassist/server';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../support/database.js';

const ADAPTERS: Record<string, CryptoAdapter> = { web: WEB_CRYPTO, node: NODE_CRYPTO };
const PAIRS = [
  ['web', 'node'],
  ['node', 'web'],
] as const;

const bytes = (length: number) => new Uint8Array(randomBytes(length));
const text = (value: Uint8Array) => new TextDecoder().decode(value);

describe('crypto adapter: node:crypto and Web Crypto make the same bytes', () => {
  it('the Node entry installs node:crypto', () => {
    assert.equal(cryptoAdapter().name, 'node:crypto');
  });

  for (const [sealer, opener] of PAIRS) {
    it(`AES-256-GCM sealed with ${sealer} opens with ${opener}, byte for byte the same`, async () => {
      const raw = bytes(32);
      const iv = bytes(12);
      const plaintext = new TextEncoder().encode('Ada Lovelace, 12 Market Street — ünïcödé ✓');
      const sealKey = await ADAPTERS[sealer]!.importAesKey(raw);
      const openKey = await ADAPTERS[opener]!.importAesKey(raw);
      const sealed = await ADAPTERS[sealer]!.aesGcmEncrypt(sealKey, iv, plaintext, 'orders.shipping_address');
      // The same key, IV and additional data: the other implementation makes the same ciphertext and tag.
      const resealed = await ADAPTERS[opener]!.aesGcmEncrypt(openKey, iv, plaintext, 'orders.shipping_address');
      assert.deepEqual(Buffer.from(resealed), Buffer.from(sealed));
      const opened = await ADAPTERS[opener]!.aesGcmDecrypt(openKey, iv, sealed, 'orders.shipping_address');
      assert.equal(text(opened), text(plaintext));
      // Bound to its column: other additional data, or a changed byte, is refused by both.
      await assert.rejects(ADAPTERS[opener]!.aesGcmDecrypt(openKey, iv, sealed, 'buyers.email'));
      const tampered = new Uint8Array(sealed);
      tampered[0] = tampered[0]! ^ 1;
      await assert.rejects(ADAPTERS[opener]!.aesGcmDecrypt(openKey, iv, tampered, 'orders.shipping_address'));
    });
  }

  it('SHA-256 and HMAC-SHA-256 agree', async () => {
    for (const value of ['', 'ses_abc', 'ünïcödé ✓ 𝄞']) {
      assert.equal(await NODE_CRYPTO.sha256Hex(value), await WEB_CRYPTO.sha256Hex(value));
    }
    const raw = bytes(32);
    const [nodeKey, webKey] = [await NODE_CRYPTO.importHmacKey(raw), await WEB_CRYPTO.importHmacKey(raw)];
    const message = 'staff-email:agent@txassist.test';
    assert.deepEqual(
      Buffer.from(await NODE_CRYPTO.hmacSha256(nodeKey, message)),
      Buffer.from(await WEB_CRYPTO.hmacSha256(webKey, message)),
    );
  });

  for (const backend of BACKENDS) {
    describe(`field values across adapters (${backend})`, () => {
      let database: TestDatabase;
      before(async () => {
        database = await openTestDatabase(backend);
      });
      after(async () => {
        await database.drop();
      });

      for (const [sealer, opener] of PAIRS) {
        it(`a field encrypted by a ${sealer} cipher is read by a ${opener} cipher on the same keys`, async () => {
          const writer = await FieldCipher.open(database.db, [DEV_MASTER_KEY], { crypto: ADAPTERS[sealer] });
          const reader = await FieldCipher.open(database.db, [DEV_MASTER_KEY], { crypto: ADAPTERS[opener] });
          assert.equal(writer.cryptoName, ADAPTERS[sealer]!.name);
          assert.equal(reader.cryptoName, ADAPTERS[opener]!.name);
          const stored = await writer.encrypt('buyer@example.test', 'buyers.email');
          assert.equal(await reader.decrypt(stored, 'buyers.email'), 'buyer@example.test');
          assert.equal(
            await reader.blindIndex('buyer@example.test', 'buyer-email'),
            await writer.blindIndex('buyer@example.test', 'buyer-email'),
          );
        });
      }
    });
  }
});
