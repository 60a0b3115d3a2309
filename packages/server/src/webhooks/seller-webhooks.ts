import {
  EVENT_TYPES,
  newId,
  WEBHOOK_MAX_ATTEMPTS,
  type EventType,
  type WebhookDelivery,
  type WebhookEndpoint,
} from '@txassist/contract';
import { randomToken } from '../security/hash.js';
import { signWebhook } from '../security/webhook-signature.js';
import type { Services } from '../services.js';
import { refuseWebhookUrl, webhookDestinations, WebhookDestinationRefused } from './destination.js';
import { iso } from '../store/rows.js';

const ALL_EVENTS: EventType[] = [...EVENT_TYPES];
const LEASE_MS = 60_000;
const TIMEOUT_MS = 10_000;

/** Exponential backoff with jitter: 30 s, 1 min, 2 min … capped at 12 h — about three days over 16 attempts. */
export function webhookBackoffMs(attempts: number, random = Math.random()): number {
  const base = Math.min(30_000 * 2 ** (attempts - 1), 12 * 3600_000);
  return Math.round(base * (0.75 + random * 0.5));
}

export async function createEndpoint(
  services: Services,
  sellerId: string,
  input: { url: string; events?: EventType[] | undefined },
): Promise<WebhookEndpoint> {
  const secret = randomToken('whsec_', 24);
  const id = newId('whe');
  const now = services.config.now();
  const events = input.events ?? ALL_EVENTS;
  await services.db.query(
    'insert into webhook_endpoints (id, seller_id, url, events, secret, created_at) values ($1, $2, $3, $4, $5, $6)',
    [
      id,
      sellerId,
      input.url,
      JSON.stringify(events),
      await services.cipher.encrypt(secret, 'webhook_endpoints.secret'),
      now.toISOString(),
    ],
  );
  return {
    object: 'webhook_endpoint',
    id,
    url: input.url,
    enabled_events: events,
    created_at: now.toISOString(),
    secret,
  };
}

interface DeliveryRow {
  id: WebhookDelivery['id'];
  endpoint_id: WebhookDelivery['endpoint_id'];
  event_id: string;
  event_type: EventType;
  status: WebhookDelivery['status'];
  attempts: number;
  next_attempt_at: Date | null;
  last_response_status: number | null;
  last_error: string | null;
  created_at: Date;
  delivered_at: Date | null;
}

export function toDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    object: 'webhook_delivery',
    id: row.id,
    endpoint_id: row.endpoint_id,
    event_id: row.event_id,
    event_type: row.event_type,
    status: row.status,
    attempts: row.attempts,
    next_attempt_at: row.next_attempt_at ? iso(row.next_attempt_at) : null,
    last_response_status: row.last_response_status,
    last_error: row.last_error,
    created_at: iso(row.created_at),
    delivered_at: row.delivered_at ? iso(row.delivered_at) : null,
  };
}

export async function listDeliveries(
  services: Services,
  sellerId: string,
  status?: WebhookDelivery['status'],
): Promise<WebhookDelivery[]> {
  const { rows } = await services.db.query<DeliveryRow>(
    `select d.* from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id
     where e.seller_id = $1 and ($2::text is null or d.status = $2) order by d.created_at desc, d.id desc limit 100`,
    [sellerId, status ?? null],
  );
  return rows.map(toDelivery);
}

/**
 * One delivery attempt; resolves with the HTTP status. Under the `public` policy the URL is checked
 * again (it may predate the policy) and the connection goes only to a public address, whatever the
 * name resolves to by then (Node's resolver, loaded only then).
 */
async function post(
  services: Services,
  url: string,
  request: { headers: Record<string, string>; body: string },
): Promise<number> {
  if (webhookDestinations(services.config) === 'any') {
    const response = await fetch(url, {
      method: 'POST',
      ...request,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body?.cancel();
    return response.status;
  }
  const refusal = refuseWebhookUrl(url);
  if (refusal) throw new WebhookDestinationRefused(`${url} ${refusal.message}`);
  const { postToPublicAddress } = await import('../node/webhook-post.js');
  return postToPublicAddress(url, request.headers, request.body, TIMEOUT_MS);
}

/**
 * Sends due deliveries. Each is leased first (so two workers never send it at the same time),
 * then delivered, retried later with backoff, or dead-lettered after the last attempt.
 */
export async function deliverDueWebhooks(services: Services, limit = 20): Promise<number> {
  const { db, cipher, config } = services;
  const now = config.now();
  const { rows } = await db.query<
    DeliveryRow & { url: string; secret: string; payload: string | null; sequence: unknown }
  >(
    `with due as (
       select id from webhook_deliveries where status = 'pending' and next_attempt_at <= $1
       order by next_attempt_at limit $2 for update skip locked
     )
     update webhook_deliveries d set next_attempt_at = $3 from due where d.id = due.id
     returning d.*,
       (select url from webhook_endpoints where id = d.endpoint_id) as url,
       (select secret from webhook_endpoints where id = d.endpoint_id) as secret,
       (select payload from events where id = d.event_id) as payload,
       (select sequence from events where id = d.event_id) as sequence`,
    [now.toISOString(), limit, new Date(now.getTime() + LEASE_MS).toISOString()],
  );
  for (const row of rows) {
    const attempts = row.attempts + 1;
    if (row.payload === null) {
      // The event was erased or purged (retention): nothing may be sent any more.
      await db.query(
        `update webhook_deliveries set status = 'dead', attempts = $2, last_error = 'event_gone', next_attempt_at = null where id = $1`,
        [row.id, attempts],
      );
      continue;
    }
    const data = JSON.parse(await cipher.decrypt(row.payload, 'events.payload')) as unknown;
    const body = JSON.stringify({
      object: 'event',
      id: row.event_id,
      sequence: Number(row.sequence),
      type: row.event_type,
      created_at: iso(row.created_at),
      data,
    });
    let status: number | null = null;
    let error: string | null = null;
    try {
      const signature = await signWebhook(
        body,
        [await cipher.decrypt(row.secret, 'webhook_endpoints.secret')],
        Math.floor(now.getTime() / 1000),
      );
      status = await post(services, row.url, {
        headers: { 'Content-Type': 'application/json', 'Tx-Signature': signature, 'Tx-Delivery-Id': row.id },
        body,
      });
      if (status >= 200 && status < 300) {
        await db.query(
          `update webhook_deliveries set status = 'delivered', attempts = $2, last_response_status = $3, last_error = null, delivered_at = $4, next_attempt_at = null where id = $1`,
          [row.id, attempts, status, config.now().toISOString()],
        );
        continue;
      }
      error = `HTTP ${status}`;
    } catch (caught) {
      error =
        caught instanceof WebhookDestinationRefused
          ? 'destination_not_allowed'
          : caught instanceof Error
            ? caught.name
            : 'error';
    }
    const dead = attempts >= WEBHOOK_MAX_ATTEMPTS;
    await db.query(
      `update webhook_deliveries set status = $2, attempts = $3, last_response_status = $4, last_error = $5, next_attempt_at = $6 where id = $1`,
      [
        row.id,
        dead ? 'dead' : 'pending',
        attempts,
        status,
        error,
        dead ? null : new Date(now.getTime() + webhookBackoffMs(attempts)).toISOString(),
      ],
    );
  }
  return rows.length;
}
