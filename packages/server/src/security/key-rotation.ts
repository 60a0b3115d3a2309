import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { FieldCipher } from './field-cipher.js';

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
  { table: 'data_exports', column: 'payload', key: ['id'] },
  { table: 'notifications', column: 'payload', key: ['id'] },
  { table: 'carrier_secrets', column: 'secret', key: ['id'] },
  { table: 'webhook_endpoints', column: 'secret', key: ['id'] },
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
  reencrypted: number;
  retiredDataKeys: string[];
}

/**
 * Moves everything onto the active master key: re-wraps the index key, re-encrypts every value
 * under the active data key in small batches (the server keeps serving: reads accept old and new
 * keys, writes use the new one), then retires data keys nothing uses any more.
 */
export async function rotateKeys(
  db: Database,
  cipher: FieldCipher,
  logger: Logger,
  batchSize = 200,
): Promise<RotationReport> {
  await cipher.rewrapIndexKey(db);
  const active = cipher.activeDataKeyId;
  let reencrypted = 0;
  for (const { table, column, key } of ENCRYPTED_COLUMNS) {
    const field = `${table}.${column}`;
    for (;;) {
      const { rows } = await db.query<Record<string, unknown>>(
        `select ${key.join(', ')}, ${column} as value from ${table}
         where ${column} is not null and ${column} <> '' and split_part(${column}, '.', 2) <> $1
         limit ${batchSize}`,
        [active],
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        const old = row.value as string;
        const fresh = await cipher.encrypt(await cipher.decrypt(old, field), field);
        const where = whereKey(key, 3);
        // Only if unchanged meanwhile: a concurrent write already used the active key.
        await db.query(`update ${table} set ${column} = $1 where ${column} = $2 and ${where}`, [
          fresh,
          old,
          ...key.map((name) => row[name]),
        ]);
        reencrypted++;
      }
    }
  }
  const { rows: keys } = await db.query<{ id: string }>(
    `select id from data_keys where purpose = 'fields' and retired_at is null and id <> $1`,
    [active],
  );
  const retiredDataKeys: string[] = [];
  for (const { id } of keys) {
    // The wrapped key is destroyed: nothing encrypted with it remains.
    await db.query(`update data_keys set retired_at = now(), wrapped_key = 'destroyed' where id = $1`, [id]);
    cipher.forgetDataKey(id);
    retiredDataKeys.push(id);
  }
  logger.info('key rotation finished', { reencrypted, retired: retiredDataKeys.length });
  return { reencrypted, retiredDataKeys };
}

/** True when some data key is still wrapped by a master key other than the active one. */
export async function rotationNeeded(db: Database, cipher: FieldCipher): Promise<boolean> {
  const { rows } = await db.query(
    `select 1 from data_keys where retired_at is null and (master_key_id <> $1 or (purpose = 'fields' and id <> $2)) limit 1`,
    [cipher.activeMasterKeyId, cipher.activeDataKeyId],
  );
  return rows.length > 0;
}

export { FieldCipher };
