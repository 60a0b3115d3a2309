/**
 * `client.disputes.uploadEvidence` in a real browser against the real reference server: with an
 * `onProgress` callback it uploads through `XMLHttpRequest` and reports how much of the request went out;
 * the request is the SDK's usual one (session token with one refresh, idempotency key, error mapping,
 * response validated against the contract). Aborting rejects with the signal's reason and stores nothing;
 * a text file named `.png` is refused with the server's stable code through the SDK's error class.
 */
import { Evidence } from '@txassist/contract';
import { ApiError, createClient, ValidationError, type GetSessionToken, type TxClient } from '@txassist/sdk';
import { safeParse } from 'zod/mini';
import { assert, equal, rejects } from '../browser-support/assert.js';
import { apiConfig, deliveredOrder, freshBuyer } from '../browser-support/tx-api.js';

interface Buyer {
  token: string;
  orderId: string;
}

/** A buyer created for this test, with one delivered order of the demo seller (fresh evidence count). */
async function buyerWithDeliveredOrder(): Promise<Buyer> {
  const { id: buyerId, token } = await freshBuyer('wtr-evidence');
  const order = await deliveredOrder(buyerId);
  return { token, orderId: order.id };
}

async function client(getSessionToken: GetSessionToken): Promise<TxClient> {
  const config = await apiConfig();
  return createClient({ apiBase: config.apiBase, publishableKey: config.publishableKey, getSessionToken });
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** `size` bytes that start like a PNG (the server decides the type from the first bytes), the rest noise. */
function png(size: number, name = 'damaged-box.png'): File {
  const bytes = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += 65_536) crypto.getRandomValues(bytes.subarray(offset, offset + 65_536));
  bytes.set(PNG_SIGNATURE);
  return new File([bytes], name, { type: 'image/png' });
}

const MB = 1024 * 1024;

function assertIncreasing(fractions: number[]): void {
  for (let index = 1; index < fractions.length; index++)
    assert(fractions[index]! > fractions[index - 1]!, `progress goes up: ${JSON.stringify(fractions)}`);
}

describe('uploadEvidence in the browser (XMLHttpRequest, real server)', () => {
  it('reports increasing progress ending at 1 and returns evidence valid against the contract', async function () {
    this.timeout(60_000);
    const buyer = await buyerWithDeliveredOrder();
    const sdk = await client(() => buyer.token);
    const file = png(3 * MB);
    const fractions: number[] = [];

    const evidence = await sdk.disputes.uploadEvidence(buyer.orderId, file, file.name, {
      onProgress: (fraction) => fractions.push(fraction),
    });

    const parsed = safeParse(Evidence, evidence);
    assert(parsed.success, `evidence matches the contract: ${JSON.stringify(parsed.error?.issues)}`);
    equal(evidence.content_type, 'image/png', 'type from the content');
    equal(evidence.size, file.size, 'every byte stored');
    equal(evidence.filename, file.name, 'name kept');
    equal(evidence.order_id, buyer.orderId, 'on the order');
    equal(fractions[0], 0, 'starts at 0');
    equal(fractions.at(-1), 1, 'ends at 1');
    assertIncreasing(fractions);
    // The browser's upload events: on loopback often only the last one (every byte sent → 0.95), on a real
    // link more; either way something between 0 and 1 before the server's answer.
    assert(
      fractions.some((fraction) => fraction > 0 && fraction < 1),
      `progress between 0 and 1 was reported: ${JSON.stringify(fractions)}`,
    );
    const config = await apiConfig();
    const url = `${config.apiBase}/v1/orders/${buyer.orderId}/evidence`;
    const sentWith = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name === url)
      .map((entry) => (entry as PerformanceResourceTiming).initiatorType);
    equal(JSON.stringify(sentWith), JSON.stringify(['xmlhttprequest']), 'sent once, with XMLHttpRequest');

    const stored = await sdk.disputes.evidenceContent(evidence.id);
    equal(stored.bytes.length, file.size, 'content length');
    const sent = new Uint8Array(await file.arrayBuffer());
    const last = file.size - 1;
    assert(
      [0, 7, 1_000_000, last].every((index) => stored.bytes[index] === sent[index]),
      'the stored bytes are the ones sent',
    );
  });

  it('sends the same idempotency key on a retry, so the file is stored once', async function () {
    this.timeout(60_000);
    const buyer = await buyerWithDeliveredOrder();
    const sdk = await client(() => buyer.token);
    const file = png(256 * 1024);
    const idempotencyKey = crypto.randomUUID();
    const onProgress = () => {};

    const first = await sdk.disputes.uploadEvidence(buyer.orderId, file, file.name, { idempotencyKey, onProgress });
    const again = await sdk.disputes.uploadEvidence(buyer.orderId, file, file.name, { idempotencyKey, onProgress });
    equal(again.id, first.id, 'the retry answers with the stored file');
    const other = await sdk.disputes.uploadEvidence(buyer.orderId, file, file.name, { onProgress });
    assert(other.id !== first.id, 'a new key stores a new file');
  });

  it('asks for a new session token once when the API refuses the cached one', async function () {
    this.timeout(60_000);
    const buyer = await buyerWithDeliveredOrder();
    const asked: boolean[] = [];
    const sdk = await client(({ forceRefresh }) => {
      asked.push(forceRefresh);
      return forceRefresh ? buyer.token : 'tok_expired_or_revoked';
    });
    const file = png(64 * 1024);
    const fractions: number[] = [];

    const evidence = await sdk.disputes.uploadEvidence(buyer.orderId, file, file.name, {
      onProgress: (fraction) => fractions.push(fraction),
    });
    equal(evidence.size, file.size, 'stored after the refresh');
    equal(JSON.stringify(asked), JSON.stringify([false, true]), 'token asked for, then refreshed once');
    equal(fractions.at(-1), 1, 'ends at 1');
    assertIncreasing(fractions);
  });

  it('rejects with the abort reason when aborted mid-upload and stores nothing', async function () {
    this.timeout(60_000);
    const buyer = await buyerWithDeliveredOrder();
    const sdk = await client(() => buyer.token);
    const file = png(4 * MB, 'receipt.png');
    const controller = new AbortController();
    const idempotencyKey = crypto.randomUUID();
    let abortedAt: number | undefined;

    const error = await rejects(
      sdk.disputes.uploadEvidence(buyer.orderId, file, file.name, {
        signal: controller.signal,
        idempotencyKey,
        // The first report comes when the request starts going out: cancel right there. (On loopback the body
        // is gone before any later event, so this is the only moment a test can reliably cancel in flight.)
        onProgress: (fraction) => {
          if (abortedAt !== undefined) return;
          abortedAt = fraction;
          controller.abort();
        },
      }),
      'the aborted upload rejects',
    );
    equal(abortedAt, 0, 'cancelled as the upload started');
    equal(error, controller.signal.reason, 'rejects with the signal’s reason');
    equal((error as DOMException).name, 'AbortError', 'an AbortError');
    assert(!(error instanceof ApiError), 'not an API error');

    // Retrying with the same key uploads it for real; the aborted attempt took none of the file slots.
    const retried = await sdk.disputes.uploadEvidence(buyer.orderId, file, file.name, {
      idempotencyKey,
      onProgress: () => {},
    });
    equal(retried.size, file.size, 'the retry stores the file');
    const { max_files: maxFiles } = (await sdk.disputes.eligibility(buyer.orderId)).policy.evidence;
    const small = png(2048, 'label.png');
    for (let count = 1; count < maxFiles; count++)
      await sdk.disputes.uploadEvidence(buyer.orderId, small, small.name, { onProgress: () => {} });
    const full = await rejects(
      sdk.disputes.uploadEvidence(buyer.orderId, small, small.name, { onProgress: () => {} }),
      'one more than the policy allows is refused',
    );
    equal((full as ApiError).code, 'evidence_limit_reached', 'the limit counts the retry and the others only');
  });

  it('refuses a text file named .png with the server’s stable code through the SDK error class', async function () {
    const buyer = await buyerWithDeliveredOrder();
    const sdk = await client(() => buyer.token);
    const spoof = new File(['Just text pretending to be a photo of the parcel.\n'.repeat(200)], 'parcel.png', {
      type: 'image/png',
    });
    const fractions: number[] = [];

    const error = await rejects(
      sdk.disputes.uploadEvidence(buyer.orderId, spoof, spoof.name, {
        onProgress: (fraction) => fractions.push(fraction),
      }),
      'the spoofed file is refused',
    );
    assert(error instanceof ValidationError, `a ValidationError, got ${String(error)}`);
    equal(error.code, 'evidence_type_not_allowed', 'stable code');
    equal(error.status, 422, 'status');
    assert(error.problem?.detail, 'the server’s plain message comes along');
    assert(!fractions.includes(1), 'never reported as done');
  });
});
