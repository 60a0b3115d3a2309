import { newId } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { randomToken, sha256Hex } from '../security/hash.js';
import { hashPassword } from '../security/password.js';
import { iso } from './rows.js';

export interface StaffRow {
  id: string;
  role: 'agent' | 'admin';
  name: string;
  password_hash: string;
  totp_secret: string;
  totp_last_step: unknown;
  recovery_code_hashes: string[];
  failed_attempts: number;
  locked_until: Date | null;
}

export function staffEmailIndex(cipher: FieldCipher, email: string): Promise<string> {
  return cipher.blindIndex(email.trim().toLowerCase(), 'staff-email');
}

export async function findStaffByEmail(
  db: Queryable,
  cipher: FieldCipher,
  email: string,
): Promise<StaffRow | undefined> {
  const { rows } = await db.query<StaffRow>(
    `select id, role, name, password_hash, totp_secret, totp_last_step, recovery_code_hashes, failed_attempts, locked_until
     from staff where email_hash = $1`,
    [await staffEmailIndex(cipher, email)],
  );
  return rows[0];
}

export interface NewStaff {
  id?: string;
  role: 'agent' | 'admin';
  name: string;
  email: string;
  password: string;
  totpSecret: string;
  recoveryCodes: readonly string[];
}

export async function insertStaff(db: Queryable, cipher: FieldCipher, staff: NewStaff): Promise<string> {
  const id = staff.id ?? newId('stf');
  await db.query(
    `insert into staff (id, role, name, email, email_hash, password_hash, totp_secret, recovery_code_hashes)
     values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (id) do nothing`,
    [
      id,
      staff.role,
      staff.name,
      await cipher.encrypt(staff.email, 'staff.email'),
      await staffEmailIndex(cipher, staff.email),
      await hashPassword(staff.password),
      await cipher.encrypt(staff.totpSecret, 'staff.totp_secret'),
      JSON.stringify(await Promise.all(staff.recoveryCodes.map((code) => sha256Hex(code)))),
    ],
  );
  return id;
}

/**
 * Counts a failed sign-in and locks the account at the `maxAttempts`-th, in one statement: processes
 * failing the same account at once each see the count the others left, so a fleet locks it as one.
 */
export async function recordFailedSignIn(
  db: Queryable,
  staffId: string,
  lockout: { maxAttempts: number; lockUntil: Date },
): Promise<void> {
  await db.query(
    `update staff set failed_attempts = failed_attempts + 1,
       locked_until = case when failed_attempts + 1 >= $2 then $3::timestamptz else locked_until end
     where id = $1`,
    [staffId, lockout.maxAttempts, lockout.lockUntil.toISOString()],
  );
}

export async function recordSignIn(
  db: Queryable,
  staffId: string,
  changes: { totpStep?: number; recoveryCodeHashes?: string[] },
): Promise<void> {
  await db.query(
    `update staff set failed_attempts = 0, locked_until = null,
       totp_last_step = coalesce($2, totp_last_step),
       recovery_code_hashes = coalesce($3::jsonb, recovery_code_hashes)
     where id = $1`,
    [staffId, changes.totpStep ?? null, changes.recoveryCodeHashes ? JSON.stringify(changes.recoveryCodeHashes) : null],
  );
}

export async function createStaffSession(
  db: Queryable,
  staff: { id: string; role: 'agent' | 'admin' },
  expiresAt: Date,
): Promise<{ token: string; expires_at: string }> {
  const token = randomToken('sts_');
  await db.query('insert into staff_sessions (token_hash, staff_id, role, expires_at) values ($1, $2, $3, $4)', [
    await sha256Hex(token),
    staff.id,
    staff.role,
    expiresAt.toISOString(),
  ]);
  return { token, expires_at: iso(expiresAt) };
}
