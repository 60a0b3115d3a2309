import type { RouteDefinition } from '@txassist/contract';
import type { Context } from 'hono';
import { findSession } from '../store/sessions.js';
import { findSellerByPublishableKey, findSellerBySecretKey, type SellerRow } from '../store/sellers.js';
import { findStaffSession } from '../store/staff.js';
import type { AppEnv } from './env.js';
import { hasRole, type Principal } from '../domain/principal.js';
import { ProblemError } from './problem.js';

export const PUBLISHABLE_KEY_HEADER = 'X-Tx-Publishable-Key';

function bearerToken(c: Context<AppEnv>): string | undefined {
  const header = c.req.header('Authorization');
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new ProblemError('unauthenticated', 'Send the token as "Authorization: Bearer <token>".');
  return match[1];
}

function refuseDemoKeyOutsideDemo(seller: SellerRow, demo: boolean): void {
  if (seller.is_demo && !demo)
    throw new ProblemError('invalid_api_key', 'Demo keys only work when the server runs in demo mode.');
}

/** Resolves the bearer token to a principal; throws a problem for bad or expired credentials. */
async function principalFromToken(c: Context<AppEnv>, token: string): Promise<Principal> {
  const { db, config } = c.var.services;
  if (token.startsWith('sk_')) {
    const seller = await findSellerBySecretKey(db, token);
    if (!seller) throw new ProblemError('invalid_api_key', 'Check the secret key in your server configuration.');
    refuseDemoKeyOutsideDemo(seller, config.demo);
    return { role: 'seller', sellerId: seller.id, caller: `seller:${seller.id}` };
  }
  if (token.startsWith('ses_')) {
    const session = await findSession(db, token);
    if (!session) throw new ProblemError('unauthenticated', 'The session token is not valid; get a new one.');
    if (new Date(session.expires_at).getTime() <= config.now().getTime()) {
      throw new ProblemError('session_expired', 'Get a new session token and try again.');
    }
    return {
      role: 'buyer',
      sellerId: session.seller_id,
      buyerId: session.buyer_id,
      orderId: session.order_id,
      caller: `buyer:${session.buyer_id}${session.order_id ? `:${session.order_id}` : ''}`,
    };
  }
  if (token.startsWith('sts_')) {
    // Staff sessions exist only after password + second factor (POST /v1/staff/sessions).
    const session = await findStaffSession(db, token);
    if (!session) throw new ProblemError('unauthenticated', 'Sign in again with your password and authenticator code.');
    if (new Date(session.expires_at).getTime() <= config.now().getTime()) {
      throw new ProblemError('session_expired', 'Sign in again with your password and authenticator code.');
    }
    return { role: session.role, staffId: session.staff_id, caller: `staff:${session.staff_id}` };
  }
  throw new ProblemError('unauthenticated', 'The token is not one this API issues.');
}

export interface AuthResult {
  principal: Principal | null;
  /** Set on `publishable_key` routes: the seller the key belongs to. */
  publishableSeller: SellerRow | null;
}

/** Applies the route's `auth` rule: 401 without valid credentials, 403 for the wrong kind or role. */
export async function authenticate(c: Context<AppEnv>, route: RouteDefinition): Promise<AuthResult> {
  if (route.auth === 'none') return { principal: null, publishableSeller: null };
  const { db, config } = c.var.services;

  if (route.auth === 'publishable_key') {
    const key = c.req.header(PUBLISHABLE_KEY_HEADER);
    if (!key)
      throw new ProblemError('unauthenticated', `Send the publishable key in the ${PUBLISHABLE_KEY_HEADER} header.`);
    const seller = await findSellerByPublishableKey(db, key);
    if (!seller) throw new ProblemError('invalid_api_key', 'The publishable key is not valid.');
    refuseDemoKeyOutsideDemo(seller, config.demo);
    return { principal: null, publishableSeller: seller };
  }

  const token = bearerToken(c);
  if (!token) throw new ProblemError('unauthenticated', 'Sign in or send an API token.');
  const principal = await principalFromToken(c, token);

  if (route.auth === 'secret_key' && !token.startsWith('sk_')) {
    throw new ProblemError('forbidden', "This call needs the seller's secret key, from your server.");
  }
  if (!hasRole(principal, route.roles)) throw new ProblemError('forbidden');

  // A browser sending both must not mix one seller's publishable key with another seller's session.
  const publishable = c.req.header(PUBLISHABLE_KEY_HEADER);
  if (publishable && 'sellerId' in principal) {
    const seller = await findSellerByPublishableKey(db, publishable);
    if (!seller || seller.id !== principal.sellerId) {
      throw new ProblemError('invalid_api_key', 'The publishable key does not belong to this session.');
    }
  }
  return { principal, publishableSeller: null };
}
