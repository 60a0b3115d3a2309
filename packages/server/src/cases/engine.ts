import type { CaseActor } from '@txassist/contract';
import type { Principal } from '../domain/principal.js';
import { ProblemError } from '../http/problem.js';
import { publishCaseUpdate, type CaseStep } from '../notifications/case-updates.js';
import type { Services } from '../services.js';
import type { Queryable } from '../db/database.js';
import { getSellerPolicy } from '../store/policies.js';
import { actorOf } from './actor.js';
import { attachCaseEvidence, uploaderOf } from './evidence.js';
import type { CaseContext, CaseKindDescriptor, CaseRow } from './kind.js';
import { loadOrderFacts } from './order-facts.js';
import { limitClaimFiling } from './rate-limit.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any kind of case; each kind is typed where it is made
type AnyKind<Row extends CaseRow> = CaseKindDescriptor<Row, any, any>;

/** A case locked for change: its row, what its steps may use, and where its history stood before. */
export interface OpenedCase<Row extends CaseRow> {
  row: Row;
  context: CaseContext;
  since: number;
}

/**
 * Locks the order (then the case) and applies passed deadlines: the basis of every change.
 * Undefined when the principal may not see the case (missing and foreign alike).
 */
export async function openForChange<Row extends CaseRow>(
  kind: AnyKind<Row>,
  db: Queryable,
  services: Pick<Services, 'cipher'>,
  principal: Principal | null,
  id: string,
  now: Date,
): Promise<OpenedCase<Row> | undefined> {
  const { cipher } = services;
  const visible = await kind.find(db, cipher, principal, id);
  if (!visible) return undefined;
  const facts = await loadOrderFacts(db, cipher, null, visible.order_id, { lock: true });
  const row = await kind.find(db, cipher, null, id, { forUpdate: true });
  if (!facts || !row) return undefined;
  const policy = await getSellerPolicy(db, row.seller_id as `sel_${string}`);
  const actorId = principal ? uploaderOf(principal).id : 'system';
  const context: CaseContext = { db, cipher, facts, policy, actorId };
  const since = row.history.length;
  if (await kind.settleDeadlines(context, row, now)) await kind.save(db, cipher, row);
  return { row, context, since };
}

/** What a buyer filing a case has to work with: the locked order and the seller's policy. */
export type FilingContext = Omit<CaseContext, 'actorId'>;

/**
 * A buyer files a case about an order: rate limited, the order locked; `draft` checks the claim and
 * builds the row, which is stored with its evidence and published. `afterFiled` may take automatic steps.
 */
export async function fileCase<Row extends CaseRow>(
  kind: AnyKind<Row>,
  services: Services,
  principal: Extract<Principal, { role: 'buyer' }>,
  orderId: string,
  evidenceIds: readonly string[] | undefined,
  now: Date,
  draft: (filing: FilingContext) => Promise<Row>,
  afterFiled?: (filing: FilingContext, row: Row) => Promise<void>,
): Promise<Row> {
  await limitClaimFiling(services, principal.buyerId, now);
  return services.db.transaction(async (db) => {
    const facts = await loadOrderFacts(db, services.cipher, principal, orderId, { lock: true });
    if (!facts) throw new ProblemError('not_found', 'Check the order id.');
    const policy = await getSellerPolicy(db, facts.sellerId as `sel_${string}`);
    const filing = { db, cipher: services.cipher, facts, policy };
    const row = await draft(filing);
    await kind.insert(db, services.cipher, row);
    await attachCaseEvidence(db, principal, evidenceIds, {
      orderId: facts.id,
      attachTo: row.id,
      maxFiles: policy.evidence.max_files,
    });
    await afterFiled?.(filing, row);
    await publishCaseUpdate(db, services.cipher, kind.kind, row, 0, now);
    return row;
  });
}

/** What `change` may add to an action: a step not in the history (a message) to publish. */
export type CaseChange<Row extends CaseRow> = (opened: OpenedCase<Row>, actor: CaseActor) => Promise<CaseStep | void>;

/**
 * Changes one case as the principal: opens it for change, runs `change` (by default the kind's
 * transition for `body`), saves and publishes what happened.
 */
export async function actOnCase<Row extends CaseRow>(
  kind: AnyKind<Row>,
  services: Services,
  principal: Principal,
  id: string,
  now: Date,
  change: CaseChange<Row>,
): Promise<Row> {
  return services.db.transaction(async (db) => {
    const opened = await openForChange(kind, db, services, principal, id, now);
    if (!opened) throw new ProblemError('not_found', `Check the ${kind.noun} id.`);
    const extra = await change(opened, actorOf(principal));
    await kind.save(db, services.cipher, opened.row);
    await publishCaseUpdate(db, services.cipher, kind.kind, opened.row, opened.since, now, extra ?? undefined);
    return opened.row;
  });
}

/** The change of an action request: the kind's transition for `{ action, ...input }`. */
export function takeStep<Row extends CaseRow>(
  kind: AnyKind<Row>,
  now: Date,
  body: { action: string },
): CaseChange<Row> {
  const { action, ...input } = body;
  return async ({ context, row }, actor) => kind.transition(context, row, action, actor, input, now);
}

/** Applies passed deadlines to one case (on its read, or in the sweep). */
export async function settleCase<Row extends CaseRow>(
  kind: AnyKind<Row>,
  services: Services,
  id: string,
  now: Date,
): Promise<void> {
  try {
    await services.db.transaction(async (db) => {
      const opened = await openForChange(kind, db, services, null, id, now);
      if (opened) await publishCaseUpdate(db, services.cipher, kind.kind, opened.row, opened.since, now);
    });
  } catch (error) {
    // A read must not fail because an automatic step cannot run (e.g. nothing left to refund).
    if (!(error instanceof ProblemError)) throw error;
    services.config.logger.warn('case deadline step refused', { kind: kind.kind, case_id: id, code: error.code });
  }
}

/**
 * Applies passed deadlines to the cases a reader is about to see (their own, or one order's), so a
 * read never shows a deadline as pending that has passed. Other sellers' cases are the sweep's.
 */
export async function settleCasesSeenBy<Row extends CaseRow>(
  kind: AnyKind<Row>,
  services: Services,
  principal: Principal,
  now: Date,
  orderId?: string,
): Promise<void> {
  for (const id of await kind.dueIds(services.db, now, { principal, orderId })) {
    await settleCase(kind, services, id, now);
  }
}

/** The background sweep: every case whose deadline passed (oldest first, a batch per call). */
export async function settleDueCases<Row extends CaseRow>(
  kind: AnyKind<Row>,
  services: Services,
  now: Date,
): Promise<void> {
  for (const id of await kind.dueIds(services.db, now)) await settleCase(kind, services, id, now);
}
