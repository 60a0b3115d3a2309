import { CONSENT_POLICY, CONSENT_TEXT_VERSION, type ROUTES } from '@txassist/contract';
import type { Principal } from '../domain/principal.js';
import { idempotencyKeyOf } from '../http/idempotency.js';
import { ProblemError } from '../http/problem.js';
import { eraseBuyer, ERASURE_KEEPS, erasurePreview } from '../privacy/erasure.js';
import { createExport, findExport, runExport, takeExportPayload, toDataExport } from '../privacy/exports.js';
import { audit } from '../store/audit.js';
import { listConsents, listPreferences, setConsent, setPreferences } from '../store/consents.js';
import type { Services } from '../services.js';
import type { RouteHandler } from '../http/route-handler.js';

type BuyerPrincipal = Extract<Principal, { role: 'buyer' }>;

/** Privacy routes act on the signed-in buyer; guest (single-order) sessions may not use them. */
function ownBuyer(principal: Principal): BuyerPrincipal {
  if (principal.role !== 'buyer' || principal.orderId !== null) {
    throw new ProblemError('forbidden', 'Sign in to your account on the store to manage your data.');
  }
  return principal;
}

/** The buyer's own export job; another buyer's is indistinguishable from none. */
async function ownExport(services: Services, buyer: BuyerPrincipal, exportId: string) {
  const row = await findExport(services.db, buyer.buyerId, exportId);
  if (!row) throw new ProblemError('not_found', 'Request a new export.');
  return row;
}

export const listConsentsHandler: RouteHandler<typeof ROUTES.listConsents> = async ({ services, principal }) => {
  const buyer = ownBuyer(principal);
  return { object: 'consent_list', data: await listConsents(services.db, buyer.buyerId) };
};

export const updateConsentHandler: RouteHandler<typeof ROUTES.updateConsent> = async ({
  services,
  principal,
  body,
  now,
}) => {
  const buyer = ownBuyer(principal);
  if (CONSENT_POLICY[body.purpose].necessary && !body.granted) {
    throw new ProblemError(
      'consent_required',
      'We need this to process and deliver your orders. To stop it, delete your data instead.',
    );
  }
  await services.db.transaction((tx) =>
    setConsent(
      tx,
      buyer.buyerId,
      {
        purpose: body.purpose,
        granted: body.granted,
        version: body.version ?? CONSENT_TEXT_VERSION,
        source: body.source ?? 'api',
      },
      now,
    ),
  );
  return { object: 'consent_list', data: await listConsents(services.db, buyer.buyerId) };
};

export const getPreferencesHandler: RouteHandler<typeof ROUTES.getNotificationPreferences> = async ({
  services,
  principal,
}) => {
  const buyer = ownBuyer(principal);
  return { object: 'notification_preferences', data: await listPreferences(services.db, buyer.buyerId) };
};

export const updatePreferencesHandler: RouteHandler<typeof ROUTES.updateNotificationPreferences> = async ({
  services,
  principal,
  body,
}) => {
  const buyer = ownBuyer(principal);
  await services.db.transaction((tx) => setPreferences(tx, buyer.buyerId, body.preferences));
  return { object: 'notification_preferences', data: await listPreferences(services.db, buyer.buyerId) };
};

export const createExportHandler: RouteHandler<typeof ROUTES.createDataExport> = async ({
  services,
  principal,
  now,
}) => {
  const buyer = ownBuyer(principal);
  const row = await createExport(services.db, buyer.buyerId, now, services.config.jobLeaseMs);
  services.jobs.spawn('data export', () => runExport(services, row.id, buyer));
  return toDataExport(row, now);
};

export const getExportHandler: RouteHandler<typeof ROUTES.getDataExport> = async ({
  services,
  principal,
  params,
  now,
}) => {
  const row = await ownExport(services, ownBuyer(principal), params.export_id);
  return toDataExport(row, now);
};

export const downloadExportHandler: RouteHandler<typeof ROUTES.downloadDataExport> = async ({
  c,
  services,
  principal,
  params,
  now,
}) => {
  const row = await ownExport(services, ownBuyer(principal), params.export_id);
  const state = toDataExport(row, now);
  if (state.status === 'queued' || state.status === 'running') {
    throw new ProblemError('export_not_ready', `Your export is ${state.progress}% done. Try again in a moment.`, {
      retryAfterSeconds: 1,
    });
  }
  if (state.status !== 'ready') {
    throw new ProblemError(
      'export_gone',
      'Each export can be downloaded once and expires after a day. Request a new export.',
    );
  }
  const payload = await takeExportPayload(services, row.id);
  if (payload === undefined) throw new ProblemError('export_gone', 'Request a new export.');
  c.header('Content-Disposition', `attachment; filename="txassist-data-${now.toISOString().slice(0, 10)}.json"`);
  c.header('Cache-Control', 'no-store');
  return JSON.parse(payload) as { format: 'txassist.data-export.v1'; buyer: unknown };
};

export const previewErasureHandler: RouteHandler<typeof ROUTES.previewErasure> = async ({
  services,
  principal,
  now,
}) => {
  const buyer = ownBuyer(principal);
  return erasurePreview(services.db, buyer.buyerId, now);
};

export const eraseHandler: RouteHandler<typeof ROUTES.eraseMyData> = async ({ c, services, principal, now }) => {
  const buyer = ownBuyer(principal);
  return services.db.transaction(async (tx) => {
    const preview = await erasurePreview(tx, buyer.buyerId, now);
    if (!preview.can_erase) {
      const records = preview.blockers.flatMap((blocker) => blocker.details ?? []);
      const numbers = [...new Set(records.map((record) => record.order_number))].join(', ');
      throw new ProblemError(
        'erasure_blocked',
        `These orders are still open: ${numbers}. Cancel the ones you can, or delete your data once they are delivered, cancelled or their cases closed.`,
      );
    }
    const key = idempotencyKeyOf(c);
    await eraseBuyer(
      tx,
      services.cipher,
      { id: buyer.buyerId, sellerId: buyer.sellerId },
      now,
      key === undefined ? undefined : { caller: buyer.caller, key },
    );
    await audit(
      tx,
      {
        actorType: 'buyer',
        actorId: buyer.buyerId,
        action: 'buyer.erased',
        subjectType: 'buyer',
        subjectId: buyer.buyerId,
        requestId: c.var.requestId,
      },
      now,
    );
    return { object: 'erasure', status: 'completed', erased_at: now.toISOString(), kept: ERASURE_KEEPS };
  });
};
