import type { ROUTES } from '@txassist/contract';
import { clientIp } from '../http/client-ip.js';
import type { Principal } from '../domain/principal.js';
import { ProblemError } from '../http/problem.js';
import { sha256Hex } from '../security/hash.js';
import { verifyPassword } from '../security/password.js';
import { verifyTotp } from '../security/totp.js';
import { audit, listAudit } from '../store/audit.js';
import { getBuyer } from '../store/buyers.js';
import { closeSupportCase, findSupportCase, insertSupportCase, toSupportCase } from '../store/support-cases.js';
import { getVisibleOrder } from '../store/orders.js';
import { num } from '../store/rows.js';
import { createStaffSession, findStaffByEmail, recordFailedSignIn, recordSignIn } from '../store/staff.js';
import type { RouteHandler } from '../http/route-handler.js';

const MAX_FAILED_SIGN_INS = 5;
const LOCKOUT_MS = 15 * 60 * 1000;
/** Same answer whatever was wrong, so accounts cannot be probed. */
const BAD_CREDENTIALS = () => new ProblemError('invalid_credentials', 'Check your email and password and try again.');

function staffOf(principal: Principal): Extract<Principal, { role: 'agent' | 'admin' }> {
  if (principal.role !== 'agent' && principal.role !== 'admin') throw new ProblemError('forbidden');
  return principal;
}

export const staffSignIn: RouteHandler<typeof ROUTES.staffSignIn> = async ({ c, services, body, now }) => {
  const { db, cipher, config, limits } = services;
  const wait = await limits.hit(`staff-sign-in:${clientIp(c)}`, { limit: 20, windowMs: 60_000 }, now);
  if (wait !== undefined)
    throw new ProblemError('rate_limited', 'Too many sign-in attempts. Try again later.', { retryAfterSeconds: wait });

  const staff = await findStaffByEmail(db, cipher, body.email);
  if (!staff) {
    await verifyPassword(body.password, 'pbkdf2-sha256$210000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA'); // same work as a real check
    throw BAD_CREDENTIALS();
  }
  const locked = staff.locked_until && new Date(staff.locked_until).getTime() > now.getTime();
  const fail = () =>
    recordFailedSignIn(db, staff.id, {
      maxAttempts: MAX_FAILED_SIGN_INS,
      lockUntil: new Date(now.getTime() + LOCKOUT_MS),
    });
  if (locked || !(await verifyPassword(body.password, staff.password_hash))) {
    if (!locked) await fail();
    throw BAD_CREDENTIALS();
  }
  if (!body.totp_code && !body.recovery_code) {
    throw new ProblemError('mfa_required', 'Enter the 6-digit code from your authenticator app, or a recovery code.');
  }

  let totpStep: number | undefined;
  let recoveryCodeHashes: string[] | undefined;
  if (body.totp_code) {
    const secret = await cipher.decrypt(staff.totp_secret, 'staff.totp_secret');
    totpStep = await verifyTotp(secret, body.totp_code, now, num(staff.totp_last_step));
    if (totpStep === undefined) {
      await fail();
      throw new ProblemError('mfa_invalid', 'Enter the current code from your authenticator app.');
    }
  } else {
    const hash = await sha256Hex(body.recovery_code!.trim());
    if (!staff.recovery_code_hashes.includes(hash)) {
      await fail();
      throw new ProblemError('mfa_invalid', 'That recovery code is not valid or was already used.');
    }
    recoveryCodeHashes = staff.recovery_code_hashes.filter((stored) => stored !== hash);
  }
  await recordSignIn(db, staff.id, {
    ...(totpStep !== undefined ? { totpStep } : {}),
    ...(recoveryCodeHashes ? { recoveryCodeHashes } : {}),
  });
  const session = await createStaffSession(db, staff, new Date(now.getTime() + config.staffSessionTtlSeconds * 1000));
  await audit(
    db,
    {
      actorType: 'staff',
      actorId: staff.id,
      action: recoveryCodeHashes ? 'staff.signed_in_with_recovery_code' : 'staff.signed_in',
      subjectType: 'staff',
      subjectId: staff.id,
      requestId: c.var.requestId,
    },
    now,
  );
  return {
    object: 'staff_session',
    token: session.token,
    staff_id: staff.id as `stf_${string}`,
    role: staff.role,
    mfa: true,
    expires_at: session.expires_at,
    recovery_codes_remaining: recoveryCodeHashes ? recoveryCodeHashes.length : null,
  };
};

export const openCase: RouteHandler<typeof ROUTES.openCase> = async ({ c, services, principal, body, now }) => {
  const staff = staffOf(principal);
  const { db, cipher } = services;
  return db.transaction(async (tx) => {
    const order = await getVisibleOrder(tx, cipher, principal, body.order_id, now);
    if (!order) throw new ProblemError('not_found', 'Check the order id.');
    const row = await insertSupportCase(
      tx,
      cipher,
      { orderId: order.id, buyerId: order.buyer_id, reason: body.reason, openedBy: staff.staffId },
      now,
    );
    await audit(
      tx,
      {
        actorType: 'staff',
        actorId: staff.staffId,
        action: 'case.opened',
        subjectType: 'order',
        subjectId: order.id,
        caseId: row.id,
        requestId: c.var.requestId,
      },
      now,
    );
    return toSupportCase(cipher, row);
  });
};

export const getCase: RouteHandler<typeof ROUTES.getCase> = async ({ c, services, principal, params, now }) => {
  const staff = staffOf(principal);
  const { db, cipher } = services;
  const row = await findSupportCase(db, params.case_id);
  if (!row) throw new ProblemError('not_found');
  const open = row.status === 'open';
  // Full personal data only inside an open case, and every such read is audited first.
  if (open) {
    await audit(
      db,
      {
        actorType: 'staff',
        actorId: staff.staffId,
        action: 'case.read_personal_data',
        subjectType: 'buyer',
        subjectId: row.buyer_id,
        caseId: row.id,
        reason: `case:${row.id}`,
        requestId: c.var.requestId,
      },
      now,
    );
  }
  const order = await getVisibleOrder(db, cipher, principal, row.order_id, now, { view: open ? 'case' : 'staff' });
  if (!order) throw new ProblemError('not_found');
  const buyer = open ? await getBuyer(db, cipher, row.buyer_id) : undefined;
  return {
    object: 'support_case_detail',
    case: await toSupportCase(cipher, row),
    order,
    buyer: { id: row.buyer_id as `byr_${string}`, name: buyer?.name ?? null, email: buyer?.email ?? null },
    shipping_address: open ? order.shipping_address : null,
  };
};

export const closeCaseHandler: RouteHandler<typeof ROUTES.closeCase> = async ({
  c,
  services,
  principal,
  params,
  now,
}) => {
  const staff = staffOf(principal);
  const row = await closeSupportCase(services.db, params.case_id, now);
  if (!row) throw new ProblemError('not_found');
  await audit(
    services.db,
    {
      actorType: 'staff',
      actorId: staff.staffId,
      action: 'case.closed',
      subjectType: 'order',
      subjectId: row.order_id,
      caseId: row.id,
      requestId: c.var.requestId,
    },
    now,
  );
  return toSupportCase(services.cipher, row);
};

export const listAuditEvents: RouteHandler<typeof ROUTES.listAuditEvents> = async ({
  c,
  services,
  principal,
  query,
  now,
}) => {
  const staff = staffOf(principal);
  if (staff.role !== 'admin') throw new ProblemError('forbidden');
  const limit = query.limit ?? 100;
  const events = await listAudit(services.db, {
    from: query.from,
    to: query.to,
    actorId: query.actor_id,
    subjectIds: query.subject_id ? [query.subject_id] : undefined,
    afterSequence: query.cursor ? Number(query.cursor) : undefined,
    limit: limit + 1,
  });
  await audit(
    services.db,
    {
      actorType: 'staff',
      actorId: staff.staffId,
      action: 'audit.queried',
      subjectType: 'audit_log',
      subjectId: 'audit_events',
      requestId: c.var.requestId,
    },
    now,
  );
  const page = events.slice(0, limit);
  const more = events.length > limit;
  return { object: 'list', data: page, has_more: more, next_cursor: more ? String(page.at(-1)!.sequence) : null };
};
