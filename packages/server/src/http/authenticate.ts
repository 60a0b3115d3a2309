import type { RouteDefinition } from '@txassist/contract';
import type { Context } from 'hono';
import { findCredentials, type CompanionRead, type CredentialRow } from '../store/credentials.js';
import type { SellerRow } from '../store/sellers.js';
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

/** The principal a bearer token's stored credential gives; throws a problem for bad or expired credentials. */
function principalFrom(credential: CredentialRow | undefined, token: string, demo: boolean, now: Date): Principal {
  if (token.startsWith('sk_')) {
    if (credential?.kind !== 'seller')
      throw new ProblemError('invalid_api_key', 'Check the secret key in your server configuration.');
    refuseDemoKeyOutsideDemo(credential.seller, demo);
    return { role: 'seller', sellerId: credential.seller.id, caller: `seller:${credential.seller.id}` };
  }
  if (token.startsWith('ses_')) {
    if (credential?.kind !== 'buyer')
      throw new ProblemError('unauthenticated', 'The session token is not valid; get a new one.');
    if (new Date(credential.expires_at).getTime() <= now.getTime()) {
      throw new ProblemError('session_expired', 'Get a new session token and try again.');
    }
    return {
      role: 'buyer',
      sellerId: credential.seller_id,
      buyerId: credential.buyer_id,
      orderId: credential.order_id,
      caller: `buyer:${credential.buyer_id}${credential.order_id ? `:${credential.order_id}` : ''}`,
    };
  }
  if (token.startsWith('sts_')) {
    // Staff sessions exist only after password + second factor (POST /v1/staff/sessions).
    if (credential?.kind !== 'staff')
      throw new ProblemError('unauthenticated', 'Sign in again with your password and authenticator code.');
    if (new Date(credential.expires_at).getTime() <= now.getTime()) {
      throw new ProblemError('session_expired', 'Sign in again with your password and authenticator code.');
    }
    // A locked account (repeated failed sign-ins, or locked by an operator) ends its sessions too.
    if (credential.locked_until && new Date(credential.locked_until).getTime() > now.getTime()) {
      throw new ProblemError('unauthenticated', 'This account is locked; sign in again once it is unlocked.');
    }
    return { role: credential.role, staffId: credential.staff_id, caller: `staff:${credential.staff_id}` };
  }
  throw new ProblemError('unauthenticated', 'The token is not one this API issues.');
}

export interface AuthResult {
  principal: Principal | null;
  /** Set on `publishable_key` routes: the seller the key belongs to. */
  publishableSeller: SellerRow | null;
  /** The companion read's row (`undefined`: none asked for, or no row); use only after authorising. */
  companion: Record<string, unknown> | undefined;
}

/**
 * Applies the route's `auth` rule: 401 without valid credentials, 403 for the wrong kind or role.
 * Token, publishable key and the optional companion read are one statement (`findCredentials`).
 */
export async function authenticate(
  c: Context<AppEnv>,
  route: RouteDefinition,
  companion?: CompanionRead,
): Promise<AuthResult> {
  if (route.auth === 'none') return { principal: null, publishableSeller: null, companion: undefined };
  const { db, config } = c.var.services;

  if (route.auth === 'publishable_key') {
    const key = c.req.header(PUBLISHABLE_KEY_HEADER);
    if (!key)
      throw new ProblemError('unauthenticated', `Send the publishable key in the ${PUBLISHABLE_KEY_HEADER} header.`);
    const found = await findCredentials(db, { publishableKey: key, companion });
    if (!found.publishableSeller) throw new ProblemError('invalid_api_key', 'The publishable key is not valid.');
    refuseDemoKeyOutsideDemo(found.publishableSeller, config.demo);
    return { principal: null, publishableSeller: found.publishableSeller, companion: found.companion };
  }

  const token = bearerToken(c);
  if (!token) throw new ProblemError('unauthenticated', 'Sign in or send an API token.');
  // A browser sending both must not mix one seller's publishable key with another seller's session.
  const publishable = c.req.header(PUBLISHABLE_KEY_HEADER);
  const found = await findCredentials(db, { token, publishableKey: publishable, companion });
  const principal = principalFrom(found.credential, token, config.demo, config.now());

  if (route.auth === 'secret_key' && !token.startsWith('sk_')) {
    throw new ProblemError('forbidden', "This call needs the seller's secret key, from your server.");
  }
  if (!hasRole(principal, route.roles)) throw new ProblemError('forbidden');

  if (publishable && 'sellerId' in principal && found.publishableSeller?.id !== principal.sellerId) {
    throw new ProblemError('invalid_api_key', 'The publishable key does not belong to this session.');
  }
  return { principal, publishableSeller: null, companion: found.companion };
}
