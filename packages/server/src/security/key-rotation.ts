import type { Database, Queryable } from '../db/database.js';
import { lockFor } from '../db/locks.js';
import type { Logger } from '../logger.js';
import { FieldCipher, KEYS_CHANGED_CHANNEL, KeyUnavailableError } from './field-cipher.js';

interface EncryptedColumn {
  table: string;
  column: string;
  key: readonly string[];
}

/**
 * What people type into refund requests and disputes (and the records holding it), encrypted
 * since migration 0007: older databases hold these in plaintext until `encryptPlaintextCaseText`.
 * `''` in `disputes.description` / `case_messages.body` means erased (nothing stored).
 */
export const CASE_TEXT_COLUMNS: readonly EncryptedColumn[] = [
  { table: 'disputes', column: 'description', key: ['id'] },
  { table: 'disputes', column: 'offer', key: ['id'] },
  { table: 'disputes', column: 'info_request', key: ['id'] },
  { table: 'disputes', column: 'decision', key: ['id'] },
  { table: 'disputes', column: 'history', key: ['id'] },
  { table: 'case_messages', column: 'body', key: ['id'] },
  { table: 'refund_requests', column: 'note', key: ['id'] },
  { table: 'refund_requests', column: 'rejection_reason', key: ['id'] },
  { table: 'refund_requests', column: 'offer', key: ['id'] },
  { table: 'refund_requests', column: 'history', key: ['id'] },
  { table: 'evidence_files', column: 'filename', key: ['id'] },
];

/** Every encrypted column, with the primary key that finds its row. The additional data is `table.column`. */
export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  { table: 'buyers', column: 'email', key: ['id'] },
  { table: 'buyers', column: 'name', key: ['id'] },
  { table: 'buyers', column: 'phone', key: ['id'] },
  { table: 'orders', column: 'shipping_address', key: ['id'] },
  { table: 'events', column: 'payload', key: ['sequence'] },
  { table: 'idempotency_keys', column: 'response_body', key: ['caller', 'key'] },
  { table: 'staff', column: 'email', key: ['id'] },
  { table: 'staff', column: 'totp_secret', key: ['id'] },
  { table: 'support_cases', column: 'reason', key: ['id'] },
  { table: 'support_messages', column: 'body', key: ['id'] },
  { table: 'data_exports', column: 'payload', key: ['id'] },
  { table: 'notifications', column: 'payload', key: ['id'] },
  { table: 'carrier_secrets', column: 'secret', key: ['id'] },
  { table: 'webhook_endpoints', column: 'secret', key: ['id'] },
  { table: 'feedback', column: 'comment', key: ['id'] },
  { table: 'checkouts', column: 'shipping_address', key: ['id'] },
  { table: 'checkouts', column: 'billing_address', key: ['id'] },
  { table: 'saved_addresses', column: 'address', key: ['id'] },
  ...CASE_TEXT_COLUMNS,
];

/** The data step of migration 0007, recorded in `schema_migrations` once it has run. */
export const CASE_TEXT_BACKFILL = '0007_case_encryption:backfill';

/** The cipher's format, `v1.<data key id>.<iv base64>.<ciphertext base64>`, naming a known data key. */
const SEALED_FORMAT = '^v1\\.dk_[A-Za-z0-9]+\\.[A-Za-z0-9+/]+=*\\.[A-Za-z0-9+/]+=*$';

const whereKey = (key: readonly string[], first: number) =>
  key.map((name, index) => `${name} = $${index + first}`).join(' and ');

/**
 * Encrypts case text an older version stored in plaintext (run at start, before serving: reads
 * expect ciphertext). Each value not in the cipher's format is encrypted as it is, in place and
 * only if unchanged meanwhile, so nothing is lost and several starting processes do not clash.
 * Erased values (`''`) stay empty. Done once per database: it records `CASE_TEXT_BACKFILL` in
 * the migrations ledger when nothing is left, and later starts skip the scan.
 */
export async function encryptPlaintextCaseText(
  db: Database,
  cipher: FieldCipher,
  logger: Logger,
  batchSize = 200,
): Promise<number> {
  const { rows: done } = await db.query('select 1 from schema_migrations where id = $1', [CASE_TEXT_BACKFILL]);
  if (done.length > 0) return 0;
  let encrypted = 0;
  for (const { table, column, key } of CASE_TEXT_COLUMNS) {
    const field = `${table}.${column}`;
    for (;;) {
      const { rows } = await db.query<Record<string, unknown>>(
        `select ${key.join(', ')}, ${column} as value from ${table}
         where ${column} is not null and ${column} <> ''
           and (${column} !~ $1 or split_part(${column}, '.', 2) not in (select id from data_keys))
         limit ${batchSize}`,
        [SEALED_FORMAT],
      );
      let changed = 0;
      for (const row of rows) {
        const plain = row.value as string;
        const { rows: updated } = await db.query(
          `update ${table} set ${column} = $1 where ${column} = $2 and ${whereKey(key, 3)} returning 1`,
          [await cipher.encrypt(plain, field), plain, ...key.map((name) => row[name])],
        );
        changed += updated.length;
      }
      encrypted += changed;
      // Nothing could be updated (should not happen): stop rather than loop.
      if (rows.length < batchSize || changed === 0) break;
    }
  }
  if (encrypted > 0) logger.info('encrypted case text stored in plaintext by an older version', { encrypted });
  await db.query('insert into schema_migrations (id) values ($1) on conflict (id) do nothing', [CASE_TEXT_BACKFILL]);
  return encrypted;
}

export interface RotationReport {
  rewrapped: number;
  reencrypted: number;
  /** Values naming a key this process cannot use: left as they are, and alarmed. */
  unreadable: number;
  retiredDataKeys: string[];
  destroyedDataKeys: string[];
}

export interface RotationOptions {
  batchSize?: number;
  /** How long a retired data key is kept before its wrapped key is wiped (`retiredKeyGraceMs`). */
  graceMs: number;
}

/** Live data keys other than the active one: values naming them are moved onto the active key. */
const OLD_KEYS = `select id from data_keys where purpose = 'fields' and not active and destroyed_at is null`;

/** The encrypted column (if any) that still names data key `id`. */
async function firstUse(db: Queryable, id: string): Promise<string | undefined> {
  for (const { table, column } of ENCRYPTED_COLUMNS) {
    const { rows } = await db.query(`select 1 from ${table} where split_part(${column}, '.', 2) = $1 limit 1`, [id]);
    if (rows.length > 0) return `${table}.${column}`;
  }
  return undefined;
}

/**
 * Key maintenance, run by every process at start and then periodically; safe when several run
 * it at once. In order:
 * 1. re-wraps every key under the master key of the active data key (under the `keys` lock);
 * 2. re-encrypts, in small batches and only if unchanged meanwhile, every value under an older
 *    data key (the server keeps serving: reads accept old and new keys, writes use the active one);
 * 3. retires (under the lock) an older key once no value names it — verified, not assumed. A
 *    retired key is still loaded for reading: a process that had not yet heard of the rotation may
 *    have written with it a moment ago;
 * 4. destroys (under the lock) a key retired longer than the grace period, after verifying again
 *    that nothing names it; if something does, the key goes back to "older" and step 2 takes it.
 * Every change is announced (NOTIFY), and each process re-reads the keys.
 */
export async function rotateKeys(
  db: Database,
  cipher: FieldCipher,
  logger: Logger,
  options: RotationOptions,
): Promise<RotationReport> {
  const batchSize = options.batchSize ?? 200;
  const rewrapped = await db.transaction((tx) => cipher.rewrapKeys(tx));
  await cipher.reload();
  const active = cipher.activeDataKeyId;
  let reencrypted = 0;
  let unreadable = 0;
  for (const { table, column, key } of ENCRYPTED_COLUMNS) {
    const field = `${table}.${column}`;
    const skipped = new Set<string>();
    for (;;) {
      const { rows } = await db.query<Record<string, unknown>>(
        `select ${key.join(', ')}, ${column} as value from ${table}
         where ${column} is not null and ${column} <> '' and split_part(${column}, '.', 2) <> $1
           and split_part(${column}, '.', 2) in (${OLD_KEYS})
           and not (${column} = any($2))
         limit ${batchSize}`,
        [active, [...skipped]],
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        const old = row.value as string;
        let plain: string;
        try {
          plain = await cipher.decrypt(old, field);
        } catch (error) {
          if (!(error instanceof KeyUnavailableError)) throw error;
          // Alarmed by the cipher; this process cannot move it, another one with the key may.
          skipped.add(old);
          unreadable++;
          continue;
        }
        // Only if unchanged meanwhile: a concurrent write already used the active key.
        await db.query(`update ${table} set ${column} = $1 where ${column} = $2 and ${whereKey(key, 3)}`, [
          await cipher.encrypt(plain, field),
          old,
          ...key.map((name) => row[name]),
        ]);
        reencrypted++;
      }
    }
  }
  const { retired, destroyed } = await db.transaction(async (tx) => {
    await lockFor(tx, 'keys');
    const { rows: keys } = await tx.query<{ id: string; retired: boolean; expired: boolean }>(
      `select id, retired_at is not null as retired,
              retired_at is not null and retired_at < now() - make_interval(secs => $1) as expired
       from data_keys where purpose = 'fields' and not active and destroyed_at is null order by created_at`,
      [options.graceMs / 1000],
    );
    const retired: string[] = [];
    const destroyed: string[] = [];
    for (const { id, retired: wasRetired, expired } of keys) {
      if (wasRetired && !expired) continue;
      const usedBy = await firstUse(tx, id);
      if (usedBy) {
        if (wasRetired) {
          logger.warn('a retired data key is still named by a value: kept, its values are re-encrypted', {
            kid: id,
            field: usedBy,
          });
          await tx.query('update data_keys set retired_at = null where id = $1', [id]);
        }
        continue;
      }
      if (!wasRetired) {
        await tx.query('update data_keys set retired_at = now() where id = $1', [id]);
        retired.push(id);
      } else {
        // Nothing names it and no process has used it for the whole grace period: wipe it.
        await tx.query(`update data_keys set wrapped_key = 'destroyed', destroyed_at = now() where id = $1`, [id]);
        destroyed.push(id);
      }
    }
    if (rewrapped + retired.length + destroyed.length > 0) {
      await tx.query('select pg_notify($1, $2)', [KEYS_CHANGED_CHANNEL, 'maintenance']);
    }
    return { retired, destroyed };
  });
  for (const id of destroyed) cipher.forgetDataKey(id);
  if (rewrapped + reencrypted + unreadable + retired.length + destroyed.length > 0) {
    logger.info('key maintenance finished', {
      rewrapped,
      reencrypted,
      unreadable,
      retired: retired.length,
      destroyed: destroyed.length,
    });
  }
  return { rewrapped, reencrypted, unreadable, retiredDataKeys: retired, destroyedDataKeys: destroyed };
}

/**
 * True when key maintenance has something to do: a key wrapped by another master key than the
 * active data key's, or an older data key not yet retired, or one retired past the grace period.
 */
export async function rotationNeeded(db: Database, graceMs: number): Promise<boolean> {
  const { rows } = await db.query(
    `select 1 from data_keys k
     where destroyed_at is null and (
       master_key_id <> (select master_key_id from data_keys where purpose = 'fields' and active)
       or (purpose = 'fields' and not active
           and (retired_at is null or retired_at < now() - make_interval(secs => $1))))
     limit 1`,
    [graceMs / 1000],
  );
  return rows.length > 0;
}

export { FieldCipher };
