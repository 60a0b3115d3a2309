import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSseParser, type SseMessage } from '../../packages/sdk/src/internal/sse.js';
import { isRetryableStatus, parseRetryAfter, retryDelay } from '../../packages/sdk/src/internal/retry.js';

function parse(chunks: string[], initialId?: string) {
  const messages: SseMessage[] = [];
  const retries: number[] = [];
  const feed = createSseParser({ onMessage: (m) => messages.push(m), onRetry: (ms) => retries.push(ms) }, initialId);
  for (const chunk of chunks) feed(chunk);
  return { messages, retries };
}

describe('SSE parser', () => {
  test('id, event, multi-line data, retry and comments', () => {
    const { messages, retries } = parse([
      ': connected\n',
      'retry: 2500\n\nid: 7\nevent: order.updated\ndata: {"a":\ndata: 1}\n\n',
      ': ping\n\n',
    ]);
    assert.deepEqual(messages, [{ id: '7', event: 'order.updated', data: '{"a":\n1}' }]);
    assert.deepEqual(retries, [2500]);
  });

  test('CRLF and CR line ends, also when CRLF is split across chunks', () => {
    const { messages } = parse(['id: 1\r\ndata: a\r', '\n\r', '\nid: 2\rdata: b\r\r']);
    assert.deepEqual(messages, [
      { id: '1', event: 'message', data: 'a' },
      { id: '2', event: 'message', data: 'b' },
    ]);
  });

  test('fields split across chunks at any byte', () => {
    const text = 'id: 42\nevent: order.created\ndata: {"x":"y"}\n\n';
    for (let cut = 1; cut < text.length; cut++) {
      const { messages } = parse([text.slice(0, cut), text.slice(cut)]);
      assert.deepEqual(messages, [{ id: '42', event: 'order.created', data: '{"x":"y"}' }], `cut at ${cut}`);
    }
  });

  test('ids persist to later events; an event without data is not dispatched; an unfinished event is not', () => {
    const { messages } = parse(['id: 5\n\ndata: later\n\ndata:no-space\n\n', 'data: unfinished\n'], '3');
    assert.deepEqual(messages, [
      { id: '5', event: 'message', data: 'later' },
      { id: '5', event: 'message', data: 'no-space' },
    ]);
  });

  test('a leading BOM is ignored, invalid retry values are ignored, "data" alone is an empty line', () => {
    const { messages, retries } = parse(['\uFEFFdata\ndata\nretry: soon\n\n']);
    assert.deepEqual(messages, [{ id: '', event: 'message', data: '\n' }]);
    assert.deepEqual(retries, []);
  });
});

describe('retry policy', () => {
  test('retryable statuses', () => {
    for (const status of [408, 409, 429, 500, 502, 503, 504])
      assert.equal(isRetryableStatus(status), true, String(status));
    for (const status of [400, 401, 403, 404, 405, 413, 415, 422])
      assert.equal(isRetryableStatus(status), false, String(status));
    assert.equal(isRetryableStatus(409, 'idempotency_in_progress'), true);
    assert.equal(isRetryableStatus(409, 'action_not_allowed'), false);
    assert.equal(isRetryableStatus(409, 'invalid_transition'), false);
  });

  test('Retry-After: seconds, HTTP date, garbage', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(parseRetryAfter('3', now), 3000);
    assert.equal(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now), 5000);
    assert.equal(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter('-1', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });

  test('full jitter within exponential bounds; Retry-After wins but is capped', () => {
    const options = { baseDelay: 100, maxDelay: 1000, maxRetryAfter: 5000 };
    assert.equal(
      retryDelay(0, options, undefined, () => 0.999),
      99,
    );
    assert.equal(
      retryDelay(2, options, undefined, () => 0.999),
      399,
    );
    assert.equal(
      retryDelay(10, options, undefined, () => 0.999),
      999,
    );
    assert.equal(
      retryDelay(3, options, undefined, () => 0),
      0,
    );
    assert.equal(retryDelay(0, options, 2000), 2000);
    assert.equal(retryDelay(0, options, 60_000), 5000);
  });
});
