import type { Database, Queryable } from '../db/database.js';
import { toBase64 } from './base64.js';
import { KeyStore, openSealed, seal, type KeyStoreOptions } from './key-store.js';
import type { MasterKeyConfig } from './master-keys.js';

export { KEY_ALARM, KEYS_CHANGED_CHANNEL, KeyUnavailableError } from './key-store.js';
import { KEY_ALARM, KeyUnavailableError } from './key-store.js';

const FORMAT = 'v1';

export type FieldCipherOptions = KeyStoreOptions;

/**
 * Envelope encryption of personal fields: AES-256-GCM under data keys stored in the database,
 * wrapped (AES-GCM) by master keys from configuration. Each ciphertext names its data key, and is
 * bound to its column through the additional data, so it cannot be moved to another field.
 * A separate HMAC key gives blind indexes (email lookups without plaintext). The keys, and how
 * several processes share them, are the `KeyStore`'s job.
 */
export class FieldCipher {
  readonly #keys: KeyStore;
  readonly #logger: FieldCipherOptions['logger'];

  private constructor(keys: KeyStore, logger: FieldCipherOptions['logger']) {
    this.#keys = keys;
    this.#logger = logger;
  }

  /**
   * Sets up the keys if this is the first process on the database (or makes a new active data key
   * when this process brings a new master key), then loads them; safe when several processes start at once.
   */
  static async open(
    db: Database,
    masterKeys: readonly MasterKeyConfig[],
    options: FieldCipherOptions = {},
  ): Promise<FieldCipher> {
    return new FieldCipher(await KeyStore.open(db, masterKeys, options), options.logger);
  }

  get activeMasterKeyId(): string {
    return this.#keys.activeMasterKeyId;
  }

  get activeDataKeyId(): string {
    return this.#keys.activeDataKeyId;
  }

  /** Which crypto implementation this cipher's keys belong to. */
  get cryptoName(): string {
    return this.#keys.crypto.name;
  }

  /** Re-reads the keys (a rotation elsewhere, NOTIFY, the refresh timer); at most one read at a time. */
  reload(): Promise<void> {
    return this.#keys.reload();
  }

  /** Keeps the keys current: NOTIFY from other processes, and every `refreshMs`, until `close()`. */
  watch(refreshMs: number): Promise<void> {
    return this.#keys.watch(refreshMs);
  }

  /** Stops watching for key changes (the database stays open). */
  close(): Promise<void> {
    return this.#keys.close();
  }

  /** See `KeyStore.rewrapKeys`: re-wraps older keys under the active master key, under the `keys` lock. */
  rewrapKeys(tx: Queryable): Promise<number> {
    return this.#keys.rewrapKeys(tx);
  }

  async encrypt(plaintext: string, field: string): Promise<string> {
    const dataKey = this.#keys.usableActiveKey();
    const sealed = await seal(this.#keys.crypto, dataKey.key, new TextEncoder().encode(plaintext), field);
    return `${FORMAT}.${dataKey.id}.${sealed}`;
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
    const dataKey = await this.#keys.dataKey(keyId);
    if (!dataKey) {
      this.#logger?.error('value encrypted with an unknown, destroyed or unusable data key', {
        alarm: KEY_ALARM,
        kid: keyId,
        field,
      });
      throw new KeyUnavailableError(`${field} was encrypted with unknown or retired data key ${keyId}`, keyId);
    }
    return new TextDecoder().decode(await openSealed(this.#keys.crypto, dataKey.key, `${iv}.${data}`, field));
  }

  async decryptNullable(stored: string | null | undefined, field: string): Promise<string | null> {
    return stored === null || stored === undefined ? null : this.decrypt(stored, field);
  }

  /** Keyed hash for equality lookups (emails), so the plaintext never has to be stored. */
  async blindIndex(value: string, purpose: string): Promise<string> {
    return toBase64(await this.#keys.crypto.hmacSha256(this.#keys.indexKey, `${purpose}:${value}`));
  }

  /** Forgets a destroyed data key (the next re-read would too). */
  forgetDataKey(id: string): void {
    this.#keys.forgetDataKey(id);
  }
}
