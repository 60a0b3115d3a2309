import type { Queryable } from './database.js';

/**
 * Transaction-scoped advisory locks that serialise first-run and key work across every server
 * process on one database (PGlite has a single connection, so it is serialised anyway; the call
 * costs nothing there). A lock is released when its transaction ends: a process that dies holding
 * one never blocks the others. The numbers are fixed forever: old and new versions must agree.
 */
const LOCKS = {
  /** Schema migrations (the number predates this file). */
  migrations: 727274,
  /** Creating, activating, re-wrapping, retiring and destroying data keys and the index key. */
  keys: 727276,
  /** Demo data: checked and inserted by whichever process gets there first. */
  demoSeed: 727277,
} as const;

/**
 * Session advisory locks of the periodic jobs (`Database.tryLock`): one process of the fleet runs a
 * job at a time. Fixed forever, like the locks above.
 */
export const JOB_LOCKS = {
  'case deadlines': 727281,
  retention: 727282,
  'late shipments': 727283,
  'simulated carrier': 727284,
  'key maintenance': 727285,
  'unpaid orders': 727286,
} as const;

export type FleetJob = keyof typeof JOB_LOCKS;

/** Waits for the named lock inside the transaction `tx`; other processes asking for it wait in turn. */
export async function lockFor(tx: Queryable, name: keyof typeof LOCKS): Promise<void> {
  await tx.query('select pg_advisory_xact_lock($1)', [LOCKS[name]]);
}
