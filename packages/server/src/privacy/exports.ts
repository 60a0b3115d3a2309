import { newId, type DataExport } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { Principal } from '../domain/principal.js';
import type { Services } from '../services.js';
import { getBuyer } from '../store/buyers.js';
import { listConsents, listPreferences } from '../store/consents.js';
import { listVisibleOrders } from '../store/orders.js';
import { iso } from '../store/rows.js';

interface ExportRow {
  id: DataExport['id'];
  buyer_id: string;
  status: DataExport['status'];
  progress: number;
  payload: string | null;
  created_at: Date;
  expires_at: Date | null;
}

export function toDataExport(row: ExportRow, now: Date): DataExport {
  const expired =
    row.status === 'ready' && row.expires_at !== null && new Date(row.expires_at).getTime() <= now.getTime();
  return {
    object: 'data_export',
    id: row.id,
    status: expired ? 'expired' : row.status,
    progress: row.progress,
    created_at: iso(row.created_at),
    expires_at: row.expires_at ? iso(row.expires_at) : null,
  };
}

/**
 * The end of a lease taken now (`config.jobLeaseMs`; each step of an export renews it). Wall-clock
 * time, not the business clock: a lease is about whether the process is still there.
 */
const leaseEnd = (leaseMs: number) => new Date(Date.now() + leaseMs).toISOString();

/** The new export is leased to the process that answers the request, which builds it at once. */
export async function createExport(db: Queryable, buyerId: string, now: Date, leaseMs: number): Promise<ExportRow> {
  const { rows } = await db.query<ExportRow>(
    `insert into data_exports (id, buyer_id, status, progress, created_at, lease_until)
     values ($1, $2, 'queued', 0, $3, $4) returning *`,
    [newId('exp'), buyerId, now.toISOString(), leaseEnd(leaseMs)],
  );
  return rows[0]!;
}

/**
 * Exports whose process died (lease lapsed while queued or running) are leased to this process and
 * built again from the start; `skip locked`: two processes never take the same one.
 */
export async function resumeAbandonedExports(services: Services, limit = 5): Promise<number> {
  const { rows } = await services.db.query<{ id: string; buyer_id: string; seller_id: string }>(
    `with abandoned as (
       select id from data_exports
       where status in ('queued', 'running') and (lease_until is null or lease_until < $1)
       order by created_at limit $2 for update skip locked
     )
     update data_exports e set lease_until = $3 from abandoned where e.id = abandoned.id
     returning e.id, e.buyer_id, (select seller_id from buyers where id = e.buyer_id) as seller_id`,
    [new Date().toISOString(), limit, leaseEnd(services.config.jobLeaseMs)],
  );
  for (const row of rows) {
    const principal = {
      role: 'buyer',
      sellerId: row.seller_id,
      buyerId: row.buyer_id,
      orderId: null,
      caller: `buyer:${row.buyer_id}`,
    } as Extract<Principal, { role: 'buyer' }>;
    await runExport(services, row.id as DataExport['id'], principal).catch((error: unknown) =>
      services.config.logger.warn('resumed data export failed', {
        export: row.id,
        error: error instanceof Error ? error.name : 'error',
      }),
    );
  }
  return rows.length;
}

export async function findExport(db: Queryable, buyerId: string, exportId: string): Promise<ExportRow | undefined> {
  const { rows } = await db.query<ExportRow>('select * from data_exports where id = $1 and buyer_id = $2', [
    exportId,
    buyerId,
  ]);
  return rows[0];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Collects everything held about the buyer, step by step with progress, and stores it encrypted. */
export async function runExport(
  services: Services,
  exportId: string,
  principal: Extract<Principal, { role: 'buyer' }>,
): Promise<void> {
  const { db, cipher, config } = services;
  const progress = async (value: number, status: DataExport['status'] = 'running') => {
    await db.query(
      "update data_exports set progress = $2, status = $3, lease_until = $4 where id = $1 and status in ('queued', 'running')",
      [exportId, value, status, leaseEnd(config.jobLeaseMs)],
    );
    if (config.exportStepDelayMs > 0) await pause(config.exportStepDelayMs);
  };
  try {
    const buyerId = principal.buyerId;
    await progress(5);
    const buyer = await getBuyer(db, cipher, buyerId);
    await progress(20);
    const consents = await listConsents(db, buyerId);
    const { rows: consentHistory } = await db.query(
      'select purpose, granted, version, source, at from consent_events where buyer_id = $1 order by id',
      [buyerId],
    );
    await progress(40);
    const preferences = await listPreferences(db, buyerId);
    await progress(50);
    const ownPrincipal = { ...principal, orderId: null };
    const orders = [];
    let cursor: { placedAt: string; id: string } | undefined;
    for (;;) {
      const page = await listVisibleOrders(db, cipher, ownPrincipal, { limit: 100, cursor }, config.now());
      orders.push(...page.orders);
      if (!page.nextCursor) break;
      const last = page.orders.at(-1)!;
      cursor = { placedAt: last.placed_at, id: last.id };
    }
    await progress(80);
    const { rows: notifications } = await db.query(
      `select kind, channel, status, created_at, sent_at from notifications where buyer_id = $1 order by created_at`,
      [buyerId],
    );
    await progress(95);
    const document = {
      format: 'txassist.data-export.v1',
      generated_at: config.now().toISOString(),
      buyer: buyer && {
        id: buyer.id,
        external_id: buyer.external_id,
        email: buyer.email,
        name: buyer.name,
        phone: buyer.phone,
      },
      consents,
      consent_history: consentHistory,
      notification_preferences: preferences,
      orders,
      notifications,
    };
    const expiresAt = new Date(config.now().getTime() + config.exportTtlMs);
    await db.query(
      `update data_exports set status = 'ready', progress = 100, payload = $2, expires_at = $3, lease_until = null
       where id = $1 and status in ('queued', 'running')`,
      [exportId, await cipher.encrypt(JSON.stringify(document), 'data_exports.payload'), expiresAt.toISOString()],
    );
  } catch (error) {
    await db.query(`update data_exports set status = 'failed', lease_until = null where id = $1`, [exportId]);
    throw error;
  }
}

/** Hands the file out once: the payload is deleted in the same transaction that reads it. */
export async function takeExportPayload(services: Services, exportId: string): Promise<string | undefined> {
  const sealed = await services.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ payload: string | null; status: string }>(
      'select payload, status from data_exports where id = $1 for update',
      [exportId],
    );
    const row = rows[0];
    if (!row || row.status !== 'ready' || !row.payload) return undefined;
    await tx.query(`update data_exports set status = 'downloaded', downloaded_at = $2, payload = null where id = $1`, [
      exportId,
      services.config.now().toISOString(),
    ]);
    return row.payload;
  });
  return sealed === undefined ? undefined : services.cipher.decrypt(sealed, 'data_exports.payload');
}
