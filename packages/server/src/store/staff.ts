import type { Queryable } from '../db/database.js';
import { sha256Hex } from '../security/hash.js';

export interface StaffRow {
  id: string;
  role: 'agent' | 'admin';
  name: string;
}

export async function findStaffByKey(db: Queryable, key: string): Promise<StaffRow | undefined> {
  const { rows } = await db.query<StaffRow>('select id, role, name from staff where key_hash = $1', [
    await sha256Hex(key),
  ]);
  return rows[0];
}

export async function insertStaff(db: Queryable, staff: StaffRow & { key: string }): Promise<void> {
  await db.query('insert into staff (id, role, name, key_hash) values ($1, $2, $3, $4) on conflict (id) do nothing', [
    staff.id,
    staff.role,
    staff.name,
    await sha256Hex(staff.key),
  ]);
}
