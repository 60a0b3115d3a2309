import { newId } from '@txassist/contract';
import type { Database, Queryable } from '../db/database.js';
import { lockFor } from '../db/locks.js';
import type { Logger } from '../logger.js';
import { fromBase64, toBase64 } from './base64.js';
import { cryptoAdapter, type CryptoAdapter, type SecretKey } from './crypto-adapter.js';
import type { MasterKeyConfig } from './master-keys.js';

export interface DataKey {
  id: string;
  masterKeyId: string;
  key: SecretKey;
}

/** `<iv>.<ciphertext+tag>`, base64: AES-256-GCM with a fresh 12-byte IV, bound to `aad`. */
export async function seal(
  adapter: CryptoAdapter,
  key: SecretKey,
  plaintext: Uint8Array<ArrayBuffer>,
  aad: string,
): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  return `${toBase64(iv)}.${toBase64(await adapter.aesGcmEncrypt(key, iv, plaintext, aad))}`;
}

export async function openSealed(
  adapter: CryptoAdapter,
  key: SecretKey,
  sealed: string,
  aad: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const [iv, data] = sealed.split('.');
  if (!iv || !data) throw new Error('malformed ciphertext');
  return adapter.aesGcmDecrypt(key, fromBase64(iv), fromBase64(data), aad);
}

/** NOTIFY channel on which a process that changed `data_keys` tells the others to re-read it. */
export const KEYS_CHANGED_CHANNEL = 'txassist_keys';

/**
 * Alarm code of every log line about a key that cannot be used: operators page on it. Those lines
 * name the data key as `kid` (key ids are not secret, but the logger redacts any field called *key*).
 */
export const KEY_ALARM = 'encryption_key_unavailable';

/**
 * A value names a data key this process cannot use (unknown even after re-reading the keys,
 * destroyed, or wrapped by a master key that is not configured), or there is no usable active key
 * to encrypt with. Answered as 503 `service_unavailable`, never as the plaintext or a bare 500.
 */
export class KeyUnavailableError extends Error {
  readonly alarm = KEY_ALARM;
  constructor(
    message: string,
    readonly keyId: string | undefined,
  ) {
    super(message);
    this.name = 'KeyUnavailableError';
  }
}

interface KeyRow {
  id: string;
  purpose: 'fields' | 'index';
  master_key_id: string;
  wrapped_key: string;
  active: boolean;
  retired_at: Date | null;
}

export interface KeyStoreOptions {
  /** Where alarms about unusable keys go. */
  logger?: Logger;
  /** Default: the adapter installed when the store opens (`node:crypto` under the Node entry). */
  crypto?: CryptoAdapter;
}

/** Unknown key ids re-read the keys at most this often each (a corrupt value must not hammer the database). */
const UNKNOWN_KEY_RELOAD_MS = 5_000;

/**
 * The keys behind `FieldCipher`: master keys from configuration, data keys in `data_keys`
 * (wrapped by a master key), and the blind-index key.
 *
 * Several processes share the keys: the database, not the process, says which key is active
 * (one row per purpose marked `active`, unique by migration 0008). Keys are created and changed
 * only under the `keys` advisory lock; every process re-reads the table when told (NOTIFY), on a
 * timer, and when it meets a value naming a key it does not know, so a rotation started anywhere
 * reaches every process without a restart. See SECURITY.md, "Keys under several processes".
 */
export class KeyStore {
  readonly crypto: CryptoAdapter;
  readonly #db: Database;
  readonly #masters: Map<string, SecretKey>;
  readonly #activeMasterId: string;
  readonly #logger: Logger | undefined;
  /** Every key a value may still name: the active one, older ones, retired ones until destroyed. */
  #dataKeys = new Map<string, DataKey>();
  #activeDataKey: DataKey | undefined;
  /** Why there is no usable active key (set only after start: at start that is an error). */
  #activeUnavailable: string | undefined;
  #indexKey: SecretKey | undefined;
  #indexKeyId: string | undefined;
  #reloading: Promise<void> | undefined;
  readonly #unknownKeyReloads = new Map<string, number>();
  #stopWatching: (() => Promise<void>) | undefined;

  private constructor(
    adapter: CryptoAdapter,
    db: Database,
    masters: Map<string, SecretKey>,
    activeMasterId: string,
    logger?: Logger,
  ) {
    this.crypto = adapter;
    this.#db = db;
    this.#masters = masters;
    this.#activeMasterId = activeMasterId;
    this.#logger = logger;
  }

  /**
   * Sets up the keys if this is the first process on the database (or makes a new active data key
   * when this process brings a new master key), then loads them. Safe when several processes
   * start at once: set-up runs under the `keys` lock, whoever comes first creates, the others find.
   */
  static async open(
    db: Database,
    masterKeys: readonly MasterKeyConfig[],
    options: KeyStoreOptions = {},
  ): Promise<KeyStore> {
    const adapter = options.crypto ?? cryptoAdapter();
    const masters = new Map<string, SecretKey>();
    for (const master of masterKeys) masters.set(master.id, await adapter.importAesKey(fromBase64(master.secret)));
    const store = new KeyStore(adapter, db, masters, masterKeys[0]!.id, options.logger);
    await db.transaction((tx) => store.#setUp(tx));
    await store.#load(true);
    return store;
  }

  get activeMasterKeyId(): string {
    return this.#activeMasterId;
  }

  get activeDataKeyId(): string {
    return this.usableActiveKey().id;
  }

  async #unwrap(masterKeyId: string, wrapped: string, aad: string): Promise<Uint8Array<ArrayBuffer>> {
    const master = this.#masters.get(masterKeyId);
    if (!master) {
      throw new Error(
        `Data key wrapped by master key "${masterKeyId}", which is not configured; add it to TXASSIST_MASTER_KEYS`,
      );
    }
    return openSealed(this.crypto, master, wrapped, aad);
  }

  async #seal(raw: Uint8Array<ArrayBuffer>, aad: string): Promise<string> {
    return seal(this.crypto, this.#masters.get(this.#activeMasterId)!, raw, aad);
  }

  /** Under the `keys` lock: the index key and an active data key exist; a new master key gets its data key. */
  async #setUp(tx: Queryable): Promise<void> {
    await lockFor(tx, 'keys');
    const { rows } = await tx.query<KeyRow>(
      `select id, purpose, master_key_id, wrapped_key, active, retired_at from data_keys
       where destroyed_at is null order by created_at, id`,
    );
    let changed = false;
    if (!rows.some((row) => row.purpose === 'index' && row.active)) {
      const id = newId('dk');
      const raw = crypto.getRandomValues(new Uint8Array(32));
      await tx.query(
        `insert into data_keys (id, purpose, master_key_id, wrapped_key, active) values ($1, 'index', $2, $3, true)`,
        [id, this.#activeMasterId, await this.#seal(raw, `index-key:${id}`)],
      );
      changed = true;
    }
    const active = rows.find((row) => row.purpose === 'fields' && row.active);
    if (!active || this.#supersedes(active, rows)) {
      if (active) {
        await tx.query('update data_keys set active = false where id = $1', [active.id]);
        this.#logger?.info('new master key: new active data key, older values are re-encrypted in the background', {
          master: this.#activeMasterId,
          previous_master: active.master_key_id,
        });
      }
      const id = newId('dk');
      const raw = crypto.getRandomValues(new Uint8Array(32));
      await tx.query(
        `insert into data_keys (id, purpose, master_key_id, wrapped_key, active) values ($1, 'fields', $2, $3, true)`,
        [id, this.#activeMasterId, await this.#seal(raw, `data-key:${id}`)],
      );
      changed = true;
    }
    // Delivered at commit, to every process listening (this one re-reads anyway).
    if (changed) await tx.query('select pg_notify($1, $2)', [KEYS_CHANGED_CHANNEL, 'set-up']);
  }

  /**
   * Whether this process's master key should take over from the one wrapping the active data key.
   * Only when it can read what the old one wrapped (else it could not re-encrypt: refuse to start
   * instead), and only for a master key never rotated away from — two processes configured in
   * opposite orders must not flip the active key back and forth; the one first seen wins.
   */
  #supersedes(active: KeyRow, rows: readonly KeyRow[]): boolean {
    if (active.master_key_id === this.#activeMasterId) return false;
    if (!this.#masters.has(active.master_key_id)) {
      throw new Error(
        `The active data key is wrapped by master key "${active.master_key_id}", which is not configured; add it to TXASSIST_MASTER_KEYS (after the new one, while rotating)`,
      );
    }
    const rotatedAwayFrom = rows.some(
      (row) => row.purpose === 'fields' && !row.active && row.master_key_id === this.#activeMasterId,
    );
    if (rotatedAwayFrom) {
      this.#logger?.warn('master key order ignored: the configured active master key was rotated away from before', {
        alarm: KEY_ALARM,
        master: this.#activeMasterId,
        in_use_master: active.master_key_id,
      });
    }
    return !rotatedAwayFrom;
  }

  /** Re-reads the keys (a rotation elsewhere, NOTIFY, the refresh timer); at most one read at a time. */
  reload(): Promise<void> {
    this.#reloading ??= this.#load(false).finally(() => (this.#reloading = undefined));
    return this.#reloading;
  }

  /**
   * Reads every key not destroyed. At start a key that values may name but this process cannot
   * unwrap is an error; later the process keeps serving what it can read, and refuses to encrypt
   * (503 with an alarm) when the active key is one it cannot use — never falls back to a stale key.
   */
  async #load(starting: boolean): Promise<void> {
    const { rows } = await this.#db.query<KeyRow>(
      `select id, purpose, master_key_id, wrapped_key, active, retired_at from data_keys
       where destroyed_at is null order by created_at, id`,
    );
    const dataKeys = new Map<string, DataKey>();
    let active: DataKey | undefined;
    let activeUnavailable: string | undefined = 'no active data key in data_keys';
    for (const row of rows) {
      if (row.purpose === 'index') {
        if (row.active && row.id !== this.#indexKeyId) await this.#loadIndexKey(row);
        continue;
      }
      let dataKey = this.#dataKeys.get(row.id);
      if (!dataKey) {
        try {
          const raw = await this.#unwrap(row.master_key_id, row.wrapped_key, `data-key:${row.id}`);
          dataKey = { id: row.id, masterKeyId: row.master_key_id, key: await this.crypto.importAesKey(raw) };
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          // Retired: nothing should name it; it is only kept in case a late write did.
          if (starting && !row.retired_at) throw error;
          this.#logger?.[row.retired_at ? 'warn' : 'error']('data key cannot be unwrapped', {
            alarm: KEY_ALARM,
            kid: row.id,
            reason,
          });
          if (row.active) activeUnavailable = `the active data key ${row.id} cannot be used: ${reason}`;
          continue;
        }
      }
      dataKeys.set(row.id, dataKey);
      if (row.active) {
        active = dataKey;
        activeUnavailable = undefined;
      }
    }
    if (!this.#indexKey) throw new Error('data_keys holds no active index key');
    if (starting && !active) throw new Error(activeUnavailable);
    this.#dataKeys = dataKeys;
    this.#activeDataKey = active;
    this.#activeUnavailable = activeUnavailable;
  }

  async #loadIndexKey(row: KeyRow): Promise<void> {
    const raw = await this.#unwrap(row.master_key_id, row.wrapped_key, `index-key:${row.id}`);
    if (this.#indexKeyId) {
      // Never happens by design (the index key is made once): if it does, lookups change meaning.
      this.#logger?.error('the active index key changed', { alarm: KEY_ALARM, kid: row.id });
    }
    this.#indexKey = await this.crypto.importHmacKey(raw);
    this.#indexKeyId = row.id;
  }

  /**
   * Keeps the keys current: re-reads them when another process announces a change (NOTIFY) and
   * every `refreshMs` in case a notification was lost, until `close()`.
   */
  async watch(refreshMs: number): Promise<void> {
    const reload = () => {
      this.reload().catch((error: unknown) =>
        this.#logger?.error('reading the data keys failed', {
          alarm: KEY_ALARM,
          error: error instanceof Error ? error.message : 'error',
        }),
      );
    };
    const unlisten = await this.#db.listen(KEYS_CHANGED_CHANNEL, reload);
    const timer = setInterval(reload, refreshMs);
    timer.unref?.();
    this.#stopWatching = async () => {
      clearInterval(timer);
      await unlisten();
    };
  }

  /** Stops watching for key changes (the database stays open). */
  async close(): Promise<void> {
    await this.#stopWatching?.();
    this.#stopWatching = undefined;
    await this.#reloading?.catch(() => undefined);
  }

  /** The key new values are encrypted with; throws (with an alarm) when there is none usable. */
  usableActiveKey(): DataKey {
    if (this.#activeDataKey) return this.#activeDataKey;
    const reason = this.#activeUnavailable ?? 'no active data key';
    this.#logger?.error('cannot encrypt: no usable active data key', { alarm: KEY_ALARM, reason });
    throw new KeyUnavailableError(`Cannot encrypt: ${reason}`, undefined);
  }

  /**
   * Under the `keys` lock: every key not destroyed that is wrapped by another master key is
   * re-wrapped by the one wrapping the active data key (its value, and so every value and blind
   * index, stays), so the old master key can be removed from the configuration. Does nothing when
   * this process does not hold that master key (it is not the one rotating).
   */
  async rewrapKeys(tx: Queryable): Promise<number> {
    await lockFor(tx, 'keys');
    const { rows } = await tx.query<KeyRow>(
      `select id, purpose, master_key_id, wrapped_key, active, retired_at from data_keys where destroyed_at is null`,
    );
    const current = rows.find((row) => row.purpose === 'fields' && row.active)?.master_key_id;
    if (!current || !this.#masters.has(current)) return 0;
    let rewrapped = 0;
    for (const row of rows) {
      if (row.master_key_id === current || !this.#masters.has(row.master_key_id)) continue;
      const aad = `${row.purpose === 'index' ? 'index-key' : 'data-key'}:${row.id}`;
      const raw = await this.#unwrap(row.master_key_id, row.wrapped_key, aad);
      await tx.query('update data_keys set master_key_id = $2, wrapped_key = $3 where id = $1', [
        row.id,
        current,
        await seal(this.crypto, this.#masters.get(current)!, raw, aad),
      ]);
      rewrapped++;
    }
    return rewrapped;
  }

  /** The key a stored value names: known, or made by another process since the last read. */
  async dataKey(keyId: string): Promise<DataKey | undefined> {
    return this.#dataKeys.get(keyId) ?? (await this.#afterReload(keyId));
  }

  /** The HMAC key of blind indexes (loaded at open, never changes). */
  get indexKey(): SecretKey {
    return this.#indexKey!;
  }

  /**
   * A key made by another process since the last read: re-read once and look again. Not on
   * PGlite: one process holds the folder, so it knows every key (and a read outside a running
   * transaction would wait for that transaction on its single connection).
   */
  async #afterReload(keyId: string): Promise<DataKey | undefined> {
    if (this.#db.kind === 'pglite') return undefined;
    const last = this.#unknownKeyReloads.get(keyId) ?? 0;
    if (Date.now() - last < UNKNOWN_KEY_RELOAD_MS) return undefined;
    this.#unknownKeyReloads.set(keyId, Date.now());
    await this.reload();
    const found = this.#dataKeys.get(keyId);
    if (found) this.#unknownKeyReloads.delete(keyId);
    return found;
  }

  /** Forgets a destroyed data key (the next re-read would too). */
  forgetDataKey(id: string): void {
    if (id !== this.#activeDataKey?.id) this.#dataKeys.delete(id);
  }
}
