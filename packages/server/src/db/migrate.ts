import type { Database } from './database.js';
import { lockFor } from './locks.js';
import { migration0001 } from './migrations/0001-core.js';
import { migration0002 } from './migrations/0002-privacy.js';
import { migration0003 } from './migrations/0003-shipments.js';
import { migration0004 } from './migrations/0004-webhooks.js';
import { migration0005 } from './migrations/0005-payments.js';
import { migration0006 } from './migrations/0006-disputes.js';
import { migration0007 } from './migrations/0007-case-encryption.js';
import { migration0008 } from './migrations/0008-key-management.js';
import { migration0009 } from './migrations/0009-event-order.js';
import { migration0010 } from './migrations/0010-idempotency-lease.js';
import { migration0011 } from './migrations/0011-fleet.js';
import { migration0013 } from './migrations/0013-guest-checkouts.js';
import { migration0014 } from './migrations/0014-access-codes.js';
import { migration0015 } from './migrations/0015-buyer-locale.js';
import { migration0016 } from './migrations/0016-support-conversations.js';
import { migration0017 } from './migrations/0017-feedback.js';
import { migration0018 } from './migrations/0018-notification-claims.js';
import type { Migration } from './migrations/migration.js';

/**
 * One ordered list of migrations for PGlite and PostgreSQL alike (one module each in `migrations/`).
 * Append only: never edit a migration that has shipped; add a new one.
 */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
  migration0018,
];

/** Applies pending migrations; safe when several processes start at once (advisory lock). */
export async function migrate(db: Database): Promise<string[]> {
  return db.transaction(async (tx) => {
    await lockFor(tx, 'migrations');
    await tx.query(
      'create table if not exists schema_migrations (id text primary key, applied_at timestamptz not null default now())',
    );
    const { rows } = await tx.query<{ id: string }>('select id from schema_migrations');
    const applied = new Set(rows.map((row) => row.id));
    const ran: string[] = [];
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.id)) continue;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (id) values ($1)', [migration.id]);
      ran.push(migration.id);
    }
    return ran;
  });
}
