import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CreateOrderRequest,
  HttpsUrl,
  ERROR_CODE_LIST,
  ERROR_CODES,
  isErrorCode,
  ListOrdersQuery,
  Order,
  Page,
  Problem,
  PROBLEM_CONTENT_TYPE,
  PROBLEM_TYPE_BASE,
  Timestamp,
  toFieldErrors,
} from '@txassist/contract';
import { orderFixture } from './fixtures.js';

describe('Order schema', () => {
  test('accepts a valid order unchanged', () => {
    const order = orderFixture();
    assert.deepEqual(Order.parse(order), order);
  });

  test('strips unknown keys, nested ones included', () => {
    const order = orderFixture();
    const withExtras = {
      ...order,
      internal_note: 'do not leak',
      seller: { ...order.seller, secret_key: 'sk_live_x' },
      line_items: order.line_items.map((item) => ({ ...item, cost_price: 1 })),
    };
    const parsed = Order.parse(withExtras);
    assert.deepEqual(parsed, order);
    assert.ok(!('internal_note' in parsed));
    assert.ok(!('secret_key' in parsed.seller));
  });

  test('rejects an unknown status', () => {
    const result = Order.safeParse({ ...orderFixture(), status: 'shipped' });
    assert.equal(result.success, false);
    assert.deepEqual(
      result.error?.issues.map((issue) => issue.path),
      [['status']],
    );
  });

  test('rejects every known status with a typo, and accepts each real one', () => {
    for (const status of ['Delivered', 'in-transit', '', 'refunded']) {
      assert.equal(Order.safeParse({ ...orderFixture(), status }).success, false, status);
    }
    for (const status of ['unpaid', 'on_hold', 'awaiting_shipment', 'in_transit', 'completed', 'cancelled'] as const) {
      assert.equal(Order.safeParse(orderFixture({ status })).success, true, status);
    }
  });

  test('rejects float money, ids with the wrong prefix, bad timestamps and unknown buyer actions', () => {
    const order = orderFixture();
    const broken: [string, unknown][] = [
      ['float amount', { ...order, amounts: { ...order.amounts, total: { amount: 29.99, currency: 'USD' } } }],
      ['negative total', { ...order, amounts: { ...order.amounts, total: { amount: -1, currency: 'USD' } } }],
      ['wrong id prefix', { ...order, id: 'byr_4f9aQ2xT7kLm3Np8Rs1V' }],
      ['bad timestamp', { ...order, placed_at: '20 Nov 2026' }],
      ['unknown action', { ...order, buyer_actions: [{ action: 'chargeback', until: null }] }],
      ['missing currency', { ...order, currency: undefined }],
      ['wrong object', { ...order, object: 'orders' }],
    ];
    for (const [what, value] of broken) assert.equal(Order.safeParse(value).success, false, what);
  });
});

describe('Timestamp and HttpsUrl', () => {
  test('Timestamp accepts RFC 3339 UTC with an optional fraction', () => {
    for (const value of ['2026-11-26T05:32:28Z', '2026-11-26T05:32:28.000Z', '2024-02-29T23:59:59.123456789Z']) {
      assert.equal(Timestamp.safeParse(value).success, true, value);
    }
  });

  test('Timestamp refuses offsets, missing parts, impossible fields and non-strings', () => {
    const bad = [
      '2026-11-26T05:32:28+01:00',
      '2026-11-26T05:32:28',
      '2026-11-26 05:32:28Z',
      '2026-11-26',
      '2026-13-01T00:00:00Z',
      '2026-11-32T00:00:00Z',
      '2026-11-26T24:00:00Z',
      '2026-11-26T05:60:00Z',
      '2026-11-26T05:32:28.Z',
      '2026-11-26T05:32:28.0000000000Z',
      ' 2026-11-26T05:32:28Z',
    ];
    for (const value of bad) assert.equal(Timestamp.safeParse(value).success, false, value);
    assert.equal(Timestamp.safeParse(Date.now()).success, false);
  });

  test('Timestamp accepts what Date#toISOString produces', () => {
    assert.equal(Timestamp.safeParse(new Date().toISOString()).success, true);
  });

  test('HttpsUrl accepts absolute http(s) URLs only', () => {
    for (const value of ['https://example.com/mug.png', 'http://localhost:8080/a?b=c#d', 'HTTPS://CDN.EXAMPLE.COM/x']) {
      assert.equal(HttpsUrl.safeParse(value).success, true, value);
    }
    const bad = [
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      '//example.com/mug.png',
      '/mug.png',
      'ftp://example.com/mug.png',
      'https://',
      'https://exa mple.com/',
      `https://example.com/${'a'.repeat(2048)}`,
    ];
    for (const value of bad) assert.equal(HttpsUrl.safeParse(value).success, false, value);
  });
});

describe('request schemas', () => {
  test('CreateOrderRequest fills default amounts and refuses an empty cart', () => {
    const parsed = CreateOrderRequest.parse({
      buyer_id: 'byr_Demo0000Buyer001',
      currency: 'JPY',
      line_items: [{ title: ' Mug ', quantity: 1, unit_amount: 1500 }],
    });
    assert.equal(parsed.shipping_amount, 0);
    assert.equal(parsed.discount_amount, 0);
    assert.equal(parsed.line_items[0]?.title, 'Mug');
    assert.equal(
      CreateOrderRequest.safeParse({ buyer_id: 'byr_Demo0000Buyer001', currency: 'JPY', line_items: [] }).success,
      false,
    );
  });

  test('ListOrdersQuery coerces the limit from the query string and bounds it', () => {
    assert.deepEqual(ListOrdersQuery.parse({ limit: '20' }), { limit: 20 });
    for (const limit of ['0', '101', '1.5', 'ten']) {
      assert.equal(ListOrdersQuery.safeParse({ limit }).success, false, limit);
    }
    assert.equal(ListOrdersQuery.safeParse({ status: 'shipped' }).success, false);
  });
});

describe('Problem (RFC 9457)', () => {
  const problem = {
    type: `${PROBLEM_TYPE_BASE}validation_failed`,
    title: ERROR_CODES.validation_failed.title,
    status: 422,
    detail: 'line_items.0.quantity must be positive',
    code: 'validation_failed',
    request_id: 'req_Abc123456789',
    errors: [{ path: 'line_items.0.quantity', code: 'too_small', message: 'must be positive' }],
  };

  test('accepts a full problem and a minimal one', () => {
    assert.deepEqual(Problem.parse(problem), problem);
    const minimal = { type: 'about:blank', title: 'Not found', status: 404, code: 'not_found' };
    assert.deepEqual(Problem.parse(minimal), minimal);
  });

  test('keeps codes it does not know (new server, old client)', () => {
    assert.equal(Problem.safeParse({ ...problem, code: 'brand_new_code' }).success, true);
  });

  test('requires type, title, status and code; status is an integer', () => {
    for (const key of ['type', 'title', 'status', 'code'] as const) {
      const { [key]: _removed, ...rest } = problem;
      assert.equal(Problem.safeParse(rest).success, false, `without ${key}`);
    }
    assert.equal(Problem.safeParse({ ...problem, status: '422' }).success, false);
    assert.equal(Problem.safeParse({ ...problem, status: 422.5 }).success, false);
    assert.equal(Problem.safeParse({ ...problem, errors: [{ path: 'x' }] }).success, false);
  });

  test('error codes are snake_case with 4xx/5xx statuses and a title', () => {
    assert.equal(PROBLEM_CONTENT_TYPE, 'application/problem+json');
    assert.ok(ERROR_CODE_LIST.length > 0);
    for (const code of ERROR_CODE_LIST) {
      assert.match(code, /^[a-z]+(_[a-z]+)*$/);
      const { status, title } = ERROR_CODES[code];
      assert.ok(Number.isInteger(status) && status >= 400 && status <= 599, code);
      assert.ok(title.length > 0, code);
      assert.equal(isErrorCode(code), true);
    }
    assert.equal(isErrorCode('toString'), false);
    assert.equal(isErrorCode('nope'), false);
  });

  test('toFieldErrors turns zod issues into dotted paths', () => {
    const result = CreateOrderRequest.safeParse({
      buyer_id: 'byr_Demo0000Buyer001',
      currency: 'USD',
      line_items: [{ title: 'Mug', quantity: 0, unit_amount: 100 }],
    });
    assert.equal(result.success, false);
    const errors = toFieldErrors(result.error?.issues ?? []);
    assert.deepEqual(
      errors.map((error) => error.path),
      ['line_items.0.quantity'],
    );
    assert.ok(errors.every((error) => error.code.length > 0 && error.message.length > 0));
    assert.deepEqual(toFieldErrors([{ code: 'custom', path: [], message: 'bad', input: null }]), [
      { path: '(body)', code: 'custom', message: 'bad' },
    ]);
  });
});

describe('Page()', () => {
  const OrderPage = Page(Order);

  test('accepts a list page of valid items', () => {
    const page = { object: 'list', data: [orderFixture()], has_more: true, next_cursor: 'c_2' };
    assert.deepEqual(OrderPage.parse(page), page);
    const last = { object: 'list', data: [], has_more: false, next_cursor: null };
    assert.deepEqual(OrderPage.parse(last), last);
  });

  test('validates each item and the envelope', () => {
    const base = { object: 'list', data: [orderFixture()], has_more: false, next_cursor: null };
    assert.equal(OrderPage.safeParse({ ...base, data: [{ ...orderFixture(), status: 'shipped' }] }).success, false);
    assert.equal(OrderPage.safeParse({ ...base, object: 'page' }).success, false);
    assert.equal(OrderPage.safeParse({ ...base, next_cursor: undefined }).success, false);
    assert.equal(OrderPage.safeParse({ ...base, has_more: 'no' }).success, false);
    assert.equal(OrderPage.safeParse({ ...base, data: orderFixture() }).success, false);
  });
});
