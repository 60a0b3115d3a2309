/** Shared set-up for the dispute, refund and agent-queue tests: a server on a clock the test moves. */
import { createHash, randomBytes } from 'node:crypto';
import { DEMO_KEYS } from '@txassist/server';
import { call } from '../support/http.js';
import { startTestServer, type Backend, type TestServer } from '../support/server.js';
import { staffToken } from '../support/staff.js';

export const SK = DEMO_KEYS.secretKey;
const HOUR = 3600_000;

export interface ClockedServer {
  server: TestServer;
  url: string;
  /** The server's current time. */
  now(): Date;
  /** Moves the server's clock forward. */
  advanceHours(hours: number): void;
  close(): Promise<void>;
}

/** The real server whose clock the test controls; sessions last long enough to outlive jumps. */
export async function startClockedServer(backend: Backend): Promise<ClockedServer> {
  let offset = 0;
  const now = () => new Date(Date.now() + offset);
  const server = await startTestServer({
    backend,
    config: { now, sessionTtlSeconds: 120 * 86_400, staffSessionTtlSeconds: 120 * 86_400 },
  });
  return {
    server,
    url: server.url,
    now,
    advanceHours: (hours) => {
      offset += hours * HOUR;
    },
    close: () => server.close(),
  };
}

let counter = 0;

/** A fresh buyer of the seller with `secretKey` (fraud checks and rate limits start clean). */
export async function newBuyer(url: string, secretKey: string = SK): Promise<{ token: string; buyerId: string }> {
  const tag = `${Date.now().toString(36)}${(++counter).toString(36)}${randomBytes(3).toString('hex')}`;
  const result = await call(url, 'POST', '/v1/sessions', {
    token: secretKey,
    body: { buyer: { external_id: `test-${tag}`, email: `buyer-${tag}@example.com`, name: 'Test Buyer' } },
  });
  if (result.status !== 201) throw new Error(`session: ${result.status} ${result.text}`);
  return { token: result.json.token, buyerId: result.json.buyer_id };
}

export interface TestOrder {
  id: string;
  lineItems: { id: string; quantity: number; unit: number }[];
  total: number;
}

/** A seller-created order for the buyer, moved to `delivered` (or `in_transit`) through the real status API. */
export async function deliveredOrder(
  url: string,
  buyerId: string,
  options: {
    secretKey?: string;
    status?: 'delivered' | 'in_transit';
    items?: [number, number][];
    discount?: number;
  } = {},
): Promise<TestOrder> {
  const secretKey = options.secretKey ?? SK;
  const items = options.items ?? [
    [4000, 1],
    [1500, 2],
  ];
  const created = await call(url, 'POST', '/v1/orders', {
    token: secretKey,
    body: {
      buyer_id: buyerId,
      currency: 'USD',
      line_items: items.map(([unit, quantity], index) => ({ title: `Item ${index + 1}`, quantity, unit_amount: unit })),
      shipping_amount: 500,
      discount_amount: options.discount ?? 0,
    },
  });
  if (created.status !== 201) throw new Error(`order: ${created.status} ${created.text}`);
  const path = ['awaiting_shipment', 'in_transit', ...(options.status === 'in_transit' ? [] : ['delivered'])];
  for (const status of path) {
    const moved = await call(url, 'POST', `/v1/orders/${created.json.id}/status`, {
      token: secretKey,
      body: { status },
    });
    if (moved.status !== 200) throw new Error(`status ${status}: ${moved.status} ${moved.text}`);
  }
  return {
    id: created.json.id,
    lineItems: created.json.line_items.map(
      (item: { id: string; quantity: number; unit_price: { amount: number } }) => ({
        id: item.id,
        quantity: item.quantity,
        unit: item.unit_price.amount,
      }),
    ),
    total: created.json.amounts.total.amount,
  };
}

/** A second seller with its own secret key (for "never sees another's case"). */
export async function secondSeller(server: TestServer): Promise<string> {
  const id = `sel_other${randomBytes(6).toString('hex')}`;
  const secretKey = `sk_test_other_${randomBytes(12).toString('hex')}`;
  await server.services.db.query(
    'insert into sellers (id, name, secret_key_hash, publishable_key, is_demo) values ($1, $2, $3, $4, false)',
    [
      id,
      'Other Shop',
      createHash('sha256').update(secretKey).digest('hex'),
      `pk_test_other_${randomBytes(8).toString('hex')}`,
    ],
  );
  return secretKey;
}

export const agentToken = (server: TestServer) => staffToken(server, 'agent');

/** Tiny but real files: the type is detected from these bytes. */
export const FILES = {
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
  jpeg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(64, 1)]),
  pdf: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
  text: Buffer.from('just some text pretending to be a photo'),
};

export async function upload(url: string, token: string, orderId: string, bytes: Buffer, filename = 'photo.png') {
  return call(url, 'POST', `/v1/orders/${orderId}/evidence`, {
    token,
    body: { filename, data: bytes.toString('base64') },
  });
}
