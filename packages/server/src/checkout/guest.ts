import type { CreateGuestCheckoutRequest, GuestCheckout, SellerId } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { inJoinedTransaction } from '../db/joined-transaction.js';
import { ProblemError } from '../http/problem.js';
import type { Services } from '../services.js';
import { upsertBuyerByExternalId } from '../store/buyers.js';
import type { SellerRow } from '../store/sellers.js';
import { createSession } from '../store/sessions.js';
import { randomToken } from '../security/hash.js';
import { createCheckout } from './service.js';

/** Long enough to fill in an address and a card and pass a step-up; the order is then tracked by guest lookup. */
export const GUEST_CHECKOUT_SESSION_SECONDS = 60 * 60;

/** Whether `origin` is one of the seller's registered origins (an exact match, scheme and port included). */
export async function isRegisteredOrigin(db: Queryable, sellerId: SellerId, origin: string): Promise<boolean> {
  const { rows } = await db.query('select 1 from seller_origins where seller_id = $1 and origin = $2', [
    sellerId,
    origin,
  ]);
  return rows.length > 0;
}

/**
 * Refuses a guest checkout from a page that is not one of the seller's registered origins. A
 * browser always sends `Origin` on this cross-origin POST; a missing one is refused too.
 */
export async function refuseUnregisteredOrigin(
  services: Services,
  seller: SellerRow,
  origin: string | undefined,
  trackUrl: string | undefined,
): Promise<string> {
  if (!origin || !(await isRegisteredOrigin(services.db, seller.id, origin)))
    throw new ProblemError(
      'origin_not_allowed',
      `The publishable key works only on the seller's registered origins; ${origin ? `"${origin}" is not one of them` : 'the request has no Origin'}. Register the page's origin for the seller, or use the page the seller registered.`,
    );
  if (trackUrl && new URL(trackUrl).origin !== origin)
    throw new ProblemError('validation_failed', 'The tracking link must be on the same origin as the page.', {
      errors: [{ path: 'track_url', code: 'other_origin', message: `Use a page on ${origin}` }],
    });
  return origin;
}

/** Defaults: 20 guest checkouts per client address in 10 minutes, 600 a minute per publishable key. */
export const GUEST_CHECKOUT_LIMITS = {
  client: { limit: 20, windowMs: 10 * 60_000 },
  key: { limit: 600, windowMs: 60_000 },
} as const;

/** Per client address and per publishable key: neither one client nor many may flood the seller with guests. */
export async function limitGuestCheckouts(services: Services, seller: SellerRow, ip: string, now: Date) {
  const { guestCheckoutClient, guestCheckoutKey } = services.config.rateLimits;
  for (const [key, rule] of [
    [`guest-checkout:ip:${ip}`, guestCheckoutClient ?? GUEST_CHECKOUT_LIMITS.client],
    [`guest-checkout:key:${seller.id}`, guestCheckoutKey ?? GUEST_CHECKOUT_LIMITS.key],
  ] as const) {
    const wait = await services.limits.hit(key, rule, now);
    if (wait !== undefined)
      throw new ProblemError('rate_limited', 'Too many checkouts started. Try again in a few minutes.', {
        retryAfterSeconds: wait,
      });
  }
}

/**
 * Creates a guest buyer of its own (so the session reaches nothing else), the checkout priced by the
 * server, and a buyer session for that guest.
 */
export async function createGuestCheckout(
  services: Services,
  seller: SellerRow,
  origin: string,
  body: CreateGuestCheckoutRequest,
  now: Date,
): Promise<GuestCheckout> {
  // One transaction: a product refused leaves no guest buyer behind.
  return inJoinedTransaction(services.db, async (db) => {
    const buyer = await upsertBuyerByExternalId(db, services.cipher, seller.id, {
      external_id: `guest:${randomToken('')}`,
      email: body.email,
    });
    const scope = { sellerId: seller.id, buyerId: buyer.id };
    const checkout = await createCheckout(
      { ...services, db },
      scope,
      { items: [{ product_id: body.product_id, quantity: body.quantity ?? 1 }] },
      now,
    );
    await db.query(
      `insert into guest_checkouts (checkout_id, seller_id, buyer_id, origin, track_url, created_at)
       values ($1, $2, $3, $4, $5, $6)`,
      [checkout.id, seller.id, buyer.id, origin, body.track_url ?? null, now.toISOString()],
    );
    const session = await createSession(db, {
      sellerId: seller.id,
      buyerId: buyer.id,
      orderId: null,
      expiresAt: new Date(now.getTime() + GUEST_CHECKOUT_SESSION_SECONDS * 1000),
    });
    return { object: 'guest_checkout', session, checkout };
  });
}

/** The order-tracking address of a guest checkout's buyer, for the confirmation email. */
export async function guestTrackUrl(db: Queryable, buyerId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ track_url: string | null }>(
    'select track_url from guest_checkouts where buyer_id = $1 and track_url is not null limit 1',
    [buyerId],
  );
  return rows[0]?.track_url ?? undefined;
}
