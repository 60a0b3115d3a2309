import type { ROUTES } from '@txassist/contract';
import { ProblemError } from '../http/problem.js';
import { clientIp } from '../http/client-ip.js';
import { emailIndex, findBuyer, setBuyerLocale, upsertBuyerByExternalId } from '../store/buyers.js';
import { findOrderIdForGuest } from '../store/orders.js';
import { createSession as storeSession } from '../store/sessions.js';
import type { RouteHandler } from '../http/route-handler.js';

/** Guest sessions are short: long enough to read one order's status. */
const GUEST_SESSION_TTL_SECONDS = 30 * 60;

export const createSession: RouteHandler<typeof ROUTES.createSession> = async ({ services, principal, body, now }) => {
  if (principal.role !== 'seller') throw new ProblemError('forbidden');
  const wait = await services.limits.hit(
    `sessions:${principal.sellerId}`,
    services.config.rateLimits.createSession,
    now,
  );
  if (wait !== undefined)
    throw new ProblemError('rate_limited', 'Too many sessions created. Try again shortly.', {
      retryAfterSeconds: wait,
    });
  const { buyer: who } = body;
  let buyerId;
  if (who.id) {
    const buyer = await findBuyer(services.db, principal.sellerId, who.id);
    if (!buyer) throw new ProblemError('not_found', 'No buyer with this id belongs to your account.');
    buyerId = buyer.id;
  } else if (who.external_id) {
    const buyer = await upsertBuyerByExternalId(services.db, services.cipher, principal.sellerId, {
      external_id: who.external_id,
      email: who.email,
      name: who.name,
      phone: who.phone,
    });
    buyerId = buyer.id;
  } else {
    throw new ProblemError('validation_failed', 'Identify the buyer by "id" or by "external_id".', {
      errors: [{ path: 'buyer', code: 'missing_identity', message: 'Give buyer.id or buyer.external_id' }],
    });
  }
  if (who.locale) await setBuyerLocale(services.db, buyerId, who.locale);
  const ttl = body.ttl_seconds ?? services.config.sessionTtlSeconds;
  return storeSession(services.db, {
    sellerId: principal.sellerId,
    buyerId,
    orderId: null,
    expiresAt: new Date(now.getTime() + ttl * 1000),
  });
};

export const guestLookup: RouteHandler<typeof ROUTES.guestLookup> = async ({
  c,
  services,
  publishableSeller,
  body,
  now,
}) => {
  const rule = services.config.rateLimits.guestLookup;
  // Per client and per order number, so neither one client nor a botnet on one order can guess emails.
  for (const key of [
    `guest:ip:${clientIp(c)}`,
    `guest:order:${publishableSeller.id}:${body.order_number.toUpperCase()}`,
  ]) {
    const wait = await services.limits.hit(key, rule, now);
    if (wait !== undefined)
      throw new ProblemError('rate_limited', 'Too many lookups. Try again later.', { retryAfterSeconds: wait });
  }
  const found = await findOrderIdForGuest(
    services.db,
    publishableSeller.id,
    body.order_number,
    await emailIndex(services.cipher, body.email),
  );
  // Same answer for "no such order" and "wrong email": order numbers cannot be probed.
  if (!found) throw new ProblemError('not_found', 'Check the order number and the email used for the order.');
  return storeSession(services.db, {
    sellerId: publishableSeller.id,
    buyerId: found.buyer_id,
    orderId: found.id,
    expiresAt: new Date(now.getTime() + GUEST_SESSION_TTL_SECONDS * 1000),
  });
};
