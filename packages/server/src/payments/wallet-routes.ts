import { formatMoney, type ROUTES } from '@txassist/contract';
import { ProblemError } from '../http/problem.js';
import type { RouteHandler } from '../http/route-handler.js';
import { findIntent, saveIntent } from '../store/payments.js';
import { advanceWallet } from './wallet-decision.js';
import { inPaymentTransaction } from './context.js';
import { findWalletSession, returnTo } from './wallet.js';

const escape = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The simulated wallet's own page (a stand-in for a third-party wallet, so it is English-only and
 * outside our catalog). Plain HTML form, no script: works with the keyboard and any browser.
 */
export const walletPageHandler: RouteHandler<typeof ROUTES.walletPage> = async ({ services, params, now }) => {
  const session = await findWalletSession(services.db, params.wallet_session);
  if (!session || session.status !== 'pending' || new Date(session.expires_at).getTime() <= now.getTime())
    throw new ProblemError('not_found', 'This wallet session has ended; go back to the shop and try again.');
  const intent = (await findIntent(services.db, { role: 'staff' }, session.intent_id))!;
  const amount = escape(formatMoney({ amount: intent.amount, currency: intent.currency }, 'en'));
  const action = `/v1/wallet/${encodeURIComponent(params.wallet_session)}`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>TxPay (test wallet)</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}
button{font:inherit;padding:.6rem 1.2rem;margin-inline-end:.5rem}</style></head>
<body><main><h1>TxPay test wallet</h1>
<p>Pay <strong>${amount}</strong> for order <strong>${escape(intent.order_number)}</strong>?</p>
<form method="post" action="${action}">
<button type="submit" name="decision" value="approve">Approve payment</button>
<button type="submit" name="decision" value="cancel">Cancel</button>
</form></main></body></html>`;
  return new Response(html, {
    status: 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    },
  });
};

export const walletDecisionHandler: RouteHandler<typeof ROUTES.walletDecision> = async ({
  c,
  services,
  params,
  now,
}) => {
  const form = new URLSearchParams(await c.req.text());
  const decision = form.get('decision');
  if (decision !== 'approve' && decision !== 'cancel')
    throw new ProblemError('validation_failed', 'Choose Approve or Cancel.', {
      errors: [{ path: 'decision', code: 'invalid_value', message: 'Must be approve or cancel' }],
    });
  const location = await inPaymentTransaction(c, services, now, async (ctx) => {
    const session = await findWalletSession(ctx.tx, params.wallet_session, true);
    if (!session || new Date(session.expires_at).getTime() <= now.getTime())
      throw new ProblemError('not_found', 'This wallet session has ended; go back to the shop and try again.');
    const intent = (await findIntent(ctx.tx, { role: 'staff' }, session.intent_id, true))!;
    if (session.status === 'pending') {
      await advanceWallet(ctx, intent, session.token_hash, decision === 'approve');
      await saveIntent(ctx.tx, intent, now);
    }
    const status =
      intent.status === 'succeeded' || intent.status === 'processing'
        ? 'succeeded'
        : intent.status === 'failed'
          ? 'failed'
          : 'canceled';
    return returnTo(session.return_url, intent.id, status);
  });
  const href = escape(location);
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${href}">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>TxPay (test wallet)</title></head>
<body><main><p><a href="${href}">Return to the shop</a></p></main></body></html>`;
  return new Response(html, {
    status: 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
      // The page only forwards: no referrer with the wallet session leaks to the shop.
      'Referrer-Policy': 'no-referrer',
    },
  });
};
