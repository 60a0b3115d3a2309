import { newId } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { fromBase64, toBase64 } from './base64.js';
import type { MasterKeyConfig } from './master-keys.js';

const FORMAT = 'v1';

interface DataKey {
  id: string;
  masterKeyId: string;
  key: CryptoKey;
}

async function importAesKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

async function seal(key: CryptoKey, plaintext: Uint8Array<ArrayBuffer>, aad: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(aad) },
    key,
    plaintext,
  );
  return `${toBase64(iv)}.${toBase64(new Uint8Array(sealed))}`;
}

async function open(key: CryptoKey, sealed: string, aad: string): Promise<Uint8Array<ArrayBuffer>> {
  const [iv, data] = sealed.split('.');
  if (!iv || !data) throw new Error('malformed ciphertext');
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(iv), additionalData: new TextEncoder().encode(aad) },
    key,
    fromBase64(data),
  );
  return new Uint8Array(plain);
}

/**
 * Envelope encryption of personal fields: AES-256-GCM under data keys stored in the database,
 * wrapped (AES-GCM) by master keys from configuration. Each ciphertext names its data key, and is
 * bound to its column through the additional data, so it cannot be moved to another field.
 * A separate HMAC key gives blind indexes (email lookups without plaintext).
 */
export class FieldCipher {
  readonly #masters: Map<string, CryptoKey>;
  readonly #activeMasterId: string;
  readonly #dataKeys = new Map<string, DataKey>();
  #activeDataKey: DataKey | undefined;
  #indexKey: CryptoKey | undefined;

  private constructor(masters: Map<string, CryptoKey>, activeMasterId: string) {
    this.#masters = masters;
    this.#activeMasterId = activeMasterId;
  }

  static async open(db: Queryable, masterKeys: readonly MasterKeyConfig[]): Promise<FieldCipher> {
    const masters = new Map<string, CryptoKey>();
    for (const master of masterKeys) masters.set(master.id, await importAesKey(fromBase64(master.secret)));
    const cipher = new FieldCipher(masters, masterKeys[0]!.id);
    await cipher.#load(db);
    return cipher;
  }

  get activeMasterKeyId(): string {
    return this.#activeMasterId;
  }

  get activeDataKeyId(): string {
    return this.#activeDataKey!.id;
  }

  async #unwrap(masterKeyId: string, wrapped: string, aad: string): Promise<Uint8Array<ArrayBuffer>> {
    const master = this.#masters.get(masterKeyId);
    if (!master) {
      throw new Error(
        `Data key wrapped by master key "${masterKeyId}", which is not configured; add it to TXASSIST_MASTER_KEYS`,
      );
    }
    return open(master, wrapped, aad);
  }

  async #load(db: Queryable): Promise<void> {
    const { rows } = await db.query<{
      id: string;
      purpose: 'fields' | 'index';
      master_key_id: string;
      wrapped_key: string;
      retired_at: Date | null;
    }>('select id, purpose, master_key_id, wrapped_key, retired_at from data_keys order by created_at, id');
    for (const row of rows) {
      if (row.purpose === 'index') {
        const raw = await this.#unwrap(row.master_key_id, row.wrapped_key, `index-key:${row.id}`);
        this.#indexKey = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
        continue;
      }
      if (row.retired_at) continue;
      const raw = await this.#unwrap(row.master_key_id, row.wrapped_key, `data-key:${row.id}`);
      const dataKey = { id: row.id, masterKeyId: row.master_key_id, key: await importAesKey(raw) };
      this.#dataKeys.set(row.id, dataKey);
      if (row.master_key_id === this.#activeMasterId) this.#activeDataKey = dataKey;
    }
    if (!this.#indexKey) {
      const raw = crypto.getRandomValues(new Uint8Array(32));
      const id = newId('dk');
      await db.query(`insert into data_keys (id, purpose, master_key_id, wrapped_key) values ($1, 'index', $2, $3)`, [
        id,
        this.#activeMasterId,
        await seal(this.#masters.get(this.#activeMasterId)!, raw, `index-key:${id}`),
      ]);
      this.#indexKey = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    }
    if (!this.#activeDataKey) this.#activeDataKey = await this.createDataKey(db);
  }

  /** Makes a new data key wrapped by the active master key and uses it for new writes. */
  async createDataKey(db: Queryable): Promise<DataKey> {
    const raw = crypto.getRandomValues(new Uint8Array(32));
    const id = newId('dk');
    await db.query(`insert into data_keys (id, purpose, master_key_id, wrapped_key) values ($1, 'fields', $2, $3)`, [
      id,
      this.#activeMasterId,
      await seal(this.#masters.get(this.#activeMasterId)!, raw, `data-key:${id}`),
    ]);
    const dataKey = { id, masterKeyId: this.#activeMasterId, key: await importAesKey(raw) };
    this.#dataKeys.set(id, dataKey);
    this.#activeDataKey = dataKey;
    return dataKey;
  }

  /** Re-wraps the index key under the active master key (its value, and so every blind index, stays). */
  async rewrapIndexKey(db: Queryable): Promise<void> {
    const { rows } = await db.query<{ id: string; master_key_id: string; wrapped_key: string }>(
      `select id, master_key_id, wrapped_key from data_keys where purpose = 'index'`,
    );
    for (const row of rows) {
      if (row.master_key_id === this.#activeMasterId) continue;
      const raw = await this.#unwrap(row.master_key_id, row.wrapped_key, `index-key:${row.id}`);
      await db.query('update data_keys set master_key_id = $2, wrapped_key = $3 where id = $1', [
        row.id,
        this.#activeMasterId,
        await seal(this.#masters.get(this.#activeMasterId)!, raw, `index-key:${row.id}`),
      ]);
    }
  }

  async encrypt(plaintext: string, field: string): Promise<string> {
    const dataKey = this.#activeDataKey!;
    return `${FORMAT}.${dataKey.id}.${await seal(dataKey.key, new TextEncoder().encode(plaintext), field)}`;
  }

  async encryptNullable(plaintext: string | null | undefined, field: string): Promise<string | null> {
    return plaintext === null || plaintext === undefined ? null : this.encrypt(plaintext, field);
  }

  /** The data key id a stored value was encrypted with. */
  static keyIdOf(stored: string): string | undefined {
    const [format, keyId] = stored.split('.');
    return format === FORMAT ? keyId : undefined;
  }

  async decrypt(stored: string, field: string): Promise<string> {
    const [format, keyId, iv, data] = stored.split('.');
    if (format !== FORMAT || !keyId || !iv || !data) throw new Error(`${field} is not an encrypted value`);
    const dataKey = this.#dataKeys.get(keyId);
    if (!dataKey) throw new Error(`${field} was encrypted with unknown or retired data key ${keyId}`);
    return new TextDecoder().decode(await open(dataKey.key, `${iv}.${data}`, field));
  }

  async decryptNullable(stored: string | null | undefined, field: string): Promise<string | null> {
    return stored === null || stored === undefined ? null : this.decrypt(stored, field);
  }

  /** Keyed hash for equality lookups (emails), so the plaintext never has to be stored. */
  async blindIndex(value: string, purpose: string): Promise<string> {
    const mac = await crypto.subtle.sign('HMAC', this.#indexKey!, new TextEncoder().encode(`${purpose}:${value}`));
    return toBase64(new Uint8Array(mac));
  }

  /** Forgets data keys no ciphertext uses any more (after rotation). */
  forgetDataKey(id: string): void {
    if (id !== this.#activeDataKey?.id) this.#dataKeys.delete(id);
  }
}
