import type { Context } from 'hono';
import { clientIp } from '../http/client-ip.js';
import type { AppEnv } from '../http/env.js';
import type { Principal } from '../domain/principal.js';
import { ProblemError } from '../http/problem.js';
import type { Services } from '../services.js';
import type { PaymentContext } from './confirm.js';
import { codeEmail, type PendingCode } from './step-up.js';

/** Header an edge/CDN sets with the caller's country (e.g. from `CF-IPCountry`); only a risk signal. */
export const CLIENT_COUNTRY_HEADER = 'X-Client-Country';

/** A buyer with a full session (guest order-lookup sessions cannot pay). */
export function payingBuyer(principal: Principal): { sellerId: `sel_${string}`; buyerId: `byr_${string}` } {
  if (principal.role !== 'buyer' || principal.orderId !== null)
    throw new ProblemError('forbidden', 'Sign in as the buyer to check out.');
  return { sellerId: principal.sellerId, buyerId: principal.buyerId };
}

/** Runs one payment step in a transaction, then emails any one-time code (after commit). */
export async function inPaymentTransaction<T>(
  c: Context<AppEnv>,
  services: Services,
  now: Date,
  work: (ctx: PaymentContext) => Promise<T>,
): Promise<T> {
  const ip = clientIp(c);
  const country = c.req.header(CLIENT_COUNTRY_HEADER)?.trim().toUpperCase();
  const ipIndex = ip === 'unknown' ? null : await services.cipher.blindIndex(ip, 'ip');
  const pendingCodes: PendingCode[] = [];
  const result = await services.db.transaction((tx) =>
    work({
      tx,
      services,
      now,
      ipIndex,
      requestCountry: country && /^[A-Z]{2}$/.test(country) ? country : null,
      apiOrigin: new URL(c.req.url).origin,
      pendingCodes,
    }),
  );
  for (const pending of pendingCodes) await sendCode(services, pending);
  return result;
}

async function sendCode(services: Services, pending: PendingCode): Promise<void> {
  const { logger } = services.config;
  if (!services.mailer) {
    logger.warn('step-up code not sent: no mailer configured (set SMTP_URL)', { order_number: pending.orderNumber });
    return;
  }
  try {
    await services.mailer.send(codeEmail(pending));
  } catch (error) {
    // The buyer can ask for a new code; the code itself is never logged.
    logger.error('step-up code email failed', { error: error instanceof Error ? error.name : 'unknown' });
  }
}
