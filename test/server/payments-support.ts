/** Helpers shared by the payments, checkout, risk, step-up and card-data tests (real server, real HTTP). */
import { PaymentIntent, TEST_CARDS, type TestCardOutcome } from '@txassist/contract';
import { DEMO_KEYS, DEMO_PRODUCTS } from '@txassist/server';
import { call, type CallResult } from '../support/http.js';
import { after, before } from 'node:test';
import { startSmtpCapture, type CapturedMail } from '../../scripts/smtp-capture.mjs';
import { startTestServer, type Backend, type TestServer } from '../support/server.js';

export const PK = DEMO_KEYS.publishableKey;
export const SERUM = DEMO_PRODUCTS[0].id;
export const POUCH = DEMO_PRODUCTS[2].id;
export const DELUXE = DEMO_PRODUCTS[4].id;
export const SOLD_OUT = DEMO_PRODUCTS[5].id;

export const ADDRESS = {
  name: 'Grace Hopper',
  line1: '1 Navy Way',
  city: 'Arlington',
  region: 'VA',
  postal_code: '22201',
  country: 'US',
};

export const card = (outcome: TestCardOutcome): string => TEST_CARDS.find((entry) => entry.outcome === outcome)!.number;

let sequence = 0;

/** A Luhn-valid Visa number that is none of the test cards (behaves like 4242…), unique per call. */
export function uniqueCardNumber(): string {
  const body = `4${String(Date.now() % 1e8).padStart(8, '0')}${String(++sequence % 1e6).padStart(6, '0')}`;
  for (let check = 0; check < 10; check++) {
    const candidate = body + check;
    let sum = 0;
    for (let index = 0; index < candidate.length; index++) {
      let digit = Number(candidate[candidate.length - 1 - index]);
      if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

/** A new buyer of the demo seller (fresh history, so risk velocity rules start from zero). */
export async function freshBuyer(
  url: string,
  label = 'buyer',
): Promise<{ token: string; buyerId: string; email: string }> {
  const id = `${label}-${Date.now()}-${++sequence}`;
  const email = `${id}@example.test`;
  const session = await call(url, 'POST', '/v1/sessions', {
    token: DEMO_KEYS.secretKey,
    body: { buyer: { external_id: id, email, name: 'Test Buyer' } },
  });
  if (session.status !== 201) throw new Error(`session: ${session.status} ${session.text}`);
  return { token: session.json.token, buyerId: session.json.buyer_id, email };
}

export async function tokenize(
  url: string,
  number: string,
  extra: Partial<{ exp_month: number; exp_year: number; cvc: string }> = {},
): Promise<CallResult> {
  return call(url, 'POST', '/v1/card-tokens', {
    headers: { 'X-Tx-Publishable-Key': PK },
    body: { number, exp_month: 12, exp_year: new Date().getUTCFullYear() + 3, cvc: '123', ...extra },
  });
}

export async function cardToken(url: string, number: string): Promise<string> {
  const result = await tokenize(url, number);
  if (result.status !== 201) throw new Error(`tokenize: ${result.status} ${result.text}`);
  return result.json.token;
}

/** A checkout with items and a shipping address (US: no tax), ready to place. */
export async function readyCheckout(
  url: string,
  token: string,
  items: { product_id: string; quantity: number }[] = [{ product_id: SERUM, quantity: 1 }],
  address: object = ADDRESS,
): Promise<string> {
  const created = await call(url, 'POST', '/v1/checkouts', { token, body: { items } });
  if (created.status !== 201) throw new Error(`checkout: ${created.status} ${created.text}`);
  const updated = await call(url, 'POST', `/v1/checkouts/${created.json.id}`, {
    token,
    body: { shipping_address: address },
  });
  if (updated.status !== 200) throw new Error(`checkout update: ${updated.status} ${updated.text}`);
  return created.json.id;
}

export async function place(
  url: string,
  token: string,
  checkoutId: string,
  paymentMethod: object,
  options: { idempotencyKey?: string; headers?: Record<string, string>; save_card?: boolean } = {},
): Promise<CallResult> {
  return call(url, 'POST', `/v1/checkouts/${checkoutId}/place`, {
    token,
    body: { payment_method: paymentMethod, ...(options.save_card ? { save_card: true } : {}) },
    ...(options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });
}

/** Places an order paid by `number`; returns the validated intent. */
export async function payWith(url: string, token: string, number: string, headers?: Record<string, string>) {
  const checkoutId = await readyCheckout(url, token);
  const result = await place(
    url,
    token,
    checkoutId,
    { type: 'card', token: await cardToken(url, number) },
    headers ? { headers } : {},
  );
  if (result.status !== 200) throw new Error(`place: ${result.status} ${result.text}`);
  return PaymentIntent.parse(result.json);
}

/** Waits for the newest one-time code mailed to `email` after `seen` messages (SMTP capture). */
export async function nextCode(messages: CapturedMail[], email: string, seen: number): Promise<string> {
  for (let tries = 0; tries < 200; tries++) {
    const mine = messages.filter((message) => message.to.includes(email));
    if (mine.length > seen) {
      const match = /verification code is (\d{6})/.exec(mine.at(-1)!.raw.replace(/=\r?\n/g, ''));
      if (match) return match[1]!;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no code mailed to ${email}`);
}

export const mailsTo = (messages: CapturedMail[], email: string) =>
  messages.filter((message) => message.to.includes(email)).length;

/** A test server that mails through an SMTP capture (step-up codes), started before the calling suite and stopped after. */
export function serverWithMail(backend: Backend): {
  server: TestServer;
  smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
} {
  const env = {} as ReturnType<typeof serverWithMail>;
  before(async () => {
    env.smtp = await startSmtpCapture();
    env.server = await startTestServer({ backend, config: { smtpUrl: env.smtp.url } });
  });
  after(async () => {
    await env.server?.close();
    await env.smtp?.close();
  });
  return env;
}
