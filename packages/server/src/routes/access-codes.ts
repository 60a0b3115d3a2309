import { ACCESS_CODE_LIMITS, type ROUTES } from '@txassist/contract';
import { accessCodeEmail, issueAccessCode, redeemAccessCode } from '../assistant/access-codes.js';
import { clientIp } from '../http/client-ip.js';
import { ProblemError } from '../http/problem.js';
import type { RouteHandler } from '../http/route-handler.js';
import type { Services } from '../services.js';
import { emailIndex } from '../store/buyers.js';
import { createSession } from '../store/sessions.js';

const windowMs = ACCESS_CODE_LIMITS.windowSeconds * 1000;

async function limit(services: Services, keys: Array<[string, number]>, now: Date, detail: string): Promise<void> {
  for (const [key, max] of keys) {
    const wait = await services.limits.hit(key, { limit: max, windowMs }, now);
    if (wait !== undefined) throw new ProblemError('rate_limited', detail, { retryAfterSeconds: wait });
  }
}

export const requestAccessCodeHandler: RouteHandler<typeof ROUTES.requestAccessCode> = async ({
  c,
  services,
  publishableSeller,
  body,
  now,
}) => {
  const emailHash = await emailIndex(services.cipher, body.email);
  // Counted before the lookup, for known and unknown emails alike (the limit tells nothing).
  await limit(
    services,
    [
      [`access-code:ip:${clientIp(c)}`, ACCESS_CODE_LIMITS.requestsPerClient],
      [`access-code:email:${publishableSeller.id}:${emailHash}`, ACCESS_CODE_LIMITS.requestsPerEmail],
    ],
    now,
    'Too many sign-in codes asked for. Wait a few minutes, then use the newest email.',
  );
  const code = await services.db.transaction((tx) =>
    issueAccessCode(tx, services.cipher, publishableSeller.id, emailHash, now),
  );
  if (code !== undefined) {
    const { mailer, config } = services;
    const email = accessCodeEmail(body.email, code, publishableSeller.name);
    // Sent after the answer (and after commit), so known and unknown emails answer alike and as fast.
    services.jobs.spawn('access-code-email', async () => {
      if (!mailer) return config.logger.warn('sign-in code not sent: no mailer configured (set SMTP_URL)', {});
      await mailer.send(email);
    });
  }
  return {
    object: 'access_code_request',
    expires_in_seconds: ACCESS_CODE_LIMITS.ttlSeconds,
    code_digits: ACCESS_CODE_LIMITS.codeDigits,
  };
};

export const exchangeAccessCodeHandler: RouteHandler<typeof ROUTES.exchangeAccessCode> = async ({
  c,
  services,
  publishableSeller,
  body,
  now,
}) => {
  await limit(
    services,
    [[`access-code:exchange:ip:${clientIp(c)}`, ACCESS_CODE_LIMITS.exchangesPerClient]],
    now,
    'Too many codes tried. Wait a few minutes, then ask for a new code.',
  );
  const emailHash = await emailIndex(services.cipher, body.email);
  // The failed attempt commits before the refusal is thrown.
  const buyerId = await services.db.transaction((tx) =>
    redeemAccessCode(tx, services.cipher, publishableSeller.id, emailHash, body.code, now),
  );
  if (!buyerId)
    throw new ProblemError(
      'verification_failed',
      'That code is not right, has expired or was already used. Check the newest email, or ask for a new code.',
    );
  return createSession(services.db, {
    sellerId: publishableSeller.id,
    buyerId,
    orderId: null,
    expiresAt: new Date(now.getTime() + ACCESS_CODE_LIMITS.sessionTtlSeconds * 1000),
  });
};
