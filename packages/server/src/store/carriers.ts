import { newId } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { FieldCipher } from '../security/field-cipher.js';

export async function upsertCarrier(db: Queryable, carrier: { code: string; name: string }): Promise<void> {
  await db.query(
    'insert into carriers (code, name) values ($1, $2) on conflict (code) do update set name = excluded.name',
    [carrier.code, carrier.name],
  );
}

/** Adds a signing secret (stored encrypted: HMAC verification needs the secret itself). */
export async function addCarrierSecret(
  db: Queryable,
  cipher: FieldCipher,
  carrier: string,
  secret: string,
): Promise<void> {
  await db.query('insert into carrier_secrets (id, carrier, secret) values ($1, $2, $3)', [
    newId('dk'),
    carrier,
    await cipher.encrypt(secret, 'carrier_secrets.secret'),
  ]);
}

export async function retireCarrierSecrets(db: Queryable, carrier: string, exceptNewest: number): Promise<void> {
  await db.query(
    `update carrier_secrets set retired_at = now() where carrier = $1 and retired_at is null and id not in
       (select id from carrier_secrets where carrier = $1 and retired_at is null order by created_at desc limit $2)`,
    [carrier, exceptNewest],
  );
}

/** Active secrets of a carrier; several during a rotation. Undefined when the carrier is unknown. */
export async function activeCarrierSecrets(
  db: Queryable,
  cipher: FieldCipher,
  carrier: string,
): Promise<string[] | undefined> {
  const known = await db.query('select 1 from carriers where code = $1', [carrier]);
  if (known.rows.length === 0) return undefined;
  const { rows } = await db.query<{ secret: string }>(
    'select secret from carrier_secrets where carrier = $1 and retired_at is null order by created_at desc',
    [carrier],
  );
  return Promise.all(rows.map((row) => cipher.decrypt(row.secret, 'carrier_secrets.secret')));
}
