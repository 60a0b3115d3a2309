import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Checkout, ProductList } from '@txassist/contract';
import {
  DEMO_FIXTURES,
  DEMO_KEYS,
  DEMO_PRODUCTS,
  DEMO_SAVED_ADDRESS_ID,
  DEMO_SAVED_CARD,
  insertProduct,
} from '@txassist/server';
import { buyerToken, call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import {
  ADDRESS,
  card,
  cardToken,
  DELUXE,
  freshBuyer,
  PK,
  place,
  POUCH,
  readyCheckout,
  SERUM,
  SOLD_OUT,
  uniqueCardNumber,
} from './payments-support.js';

for (const backend of BACKENDS) {
  describe(`checkout (${backend})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ backend });
    });
    after(() => server?.close());

    const create = (token: string, body: unknown) => call(server.url, 'POST', '/v1/checkouts', { token, body });
    const update = (token: string, id: string, body: unknown) =>
      call(server.url, 'POST', `/v1/checkouts/${id}`, { token, body });

    it('lists the demo products with the publishable key', async () => {
      const result = await call(server.url, 'GET', '/v1/products', { headers: { 'X-Tx-Publishable-Key': PK } });
      assert.equal(result.status, 200);
      const list = ProductList.parse(result.json);
      assert.deepEqual(
        list.data.map((product) => product.id),
        DEMO_PRODUCTS.map((product) => product.id),
      );
      assert.equal(list.data.find((product) => product.id === SOLD_OUT)?.available, false);
      assert.equal((await call(server.url, 'GET', '/v1/products')).status, 401);
    });

    it('ignores prices sent by the page: totals come from the catalog', async () => {
      const { token } = await freshBuyer(server.url);
      const tampered = await create(token, {
        items: [
          { product_id: SERUM, quantity: 2, unit_amount: 1, price: { amount: 1, currency: 'USD' } },
          { product_id: POUCH, quantity: 1, total: 0 },
        ],
        amounts: { total: { amount: 1, currency: 'USD' } },
        total: 1,
      });
      assert.equal(tampered.status, 201, tampered.text);
      const checkout = Checkout.parse(tampered.json);
      assert.equal(checkout.items[0]!.unit_price.amount, 2400);
      assert.equal(checkout.items[0]!.total.amount, 4800);
      assert.equal(checkout.amounts.subtotal.amount, 5600);
      assert.equal(checkout.amounts.shipping.amount, 499);
      assert.equal(checkout.amounts.total.amount, 6099);
      // The order and the charge use the same server totals.
      await update(token, checkout.id, {
        shipping_address: ADDRESS,
        amounts: { total: { amount: 1, currency: 'USD' } },
      });
      const placed = await place(server.url, token, checkout.id, {
        type: 'card',
        token: await cardToken(server.url, uniqueCardNumber()),
        amount: 1,
      } as object);
      assert.equal(placed.json.amount, 6099);
      const order = await call(server.url, 'GET', `/v1/orders/${placed.json.order_id}`, { token });
      assert.equal(order.json.amounts.total.amount, 6099);
    });

    it('recomputes tax, shipping and discounts on every change (half-even tax by destination)', async () => {
      const { token } = await freshBuyer(server.url);
      const id = (await create(token, { items: [{ product_id: 'prd_demoHydraMist100', quantity: 3 }] })).json.id;
      const gb = await update(token, id, {
        shipping_address: { name: 'Ada', line1: '1 High St', city: 'London', postal_code: 'sw1a 1aa', country: 'GB' },
        shipping_option_id: 'express',
        discount_code: 'welcome10',
      });
      assert.equal(gb.status, 200, gb.text);
      const c = Checkout.parse(gb.json);
      assert.equal(c.shipping_address?.postal_code, 'SW1A 1AA', 'postal code normalised');
      assert.equal(c.amounts.subtotal.amount, 4797);
      assert.equal(c.amounts.discount.amount, 480); // 479.7 → 480
      assert.equal(c.amounts.shipping.amount, 1299);
      assert.equal(c.tax_rate_bps, 2000);
      assert.equal(c.amounts.tax.amount, 1123); // (4797 − 480 + 1299) × 20 % = 1123.2 → 1123
      assert.equal(c.amounts.total.amount, 4797 - 480 + 1299 + 1123);
      assert.equal(c.discount_code, 'WELCOME10');
      const removed = Checkout.parse(
        (await update(token, id, { discount_code: null, items: [{ product_id: SERUM, quantity: 1 }] })).json,
      );
      assert.equal(removed.amounts.discount.amount, 0);
      assert.equal(removed.amounts.subtotal.amount, 2400);
      assert.equal(removed.items.length, 1);
    });

    it('works in zero- and three-decimal currencies', async () => {
      const jpy = await insertProduct(
        server.services.db,
        DEMO_FIXTURES.seller.id,
        { title: 'Matcha', currency: 'JPY', unit_amount: 1250 },
        new Date(),
      );
      const kwd = await insertProduct(
        server.services.db,
        DEMO_FIXTURES.seller.id,
        { title: 'Oud', currency: 'KWD', unit_amount: 12_345 },
        new Date(),
      );
      const { token } = await freshBuyer(server.url);
      const yen = Checkout.parse((await create(token, { items: [{ product_id: jpy, quantity: 1 }] })).json);
      const inJapan = Checkout.parse(
        (
          await update(token, yen.id, {
            shipping_address: {
              name: 'A',
              line1: '1-1',
              city: 'Tokyo',
              region: 'Tokyo',
              postal_code: '100-0001',
              country: 'JP',
            },
          })
        ).json,
      );
      assert.equal(inJapan.amounts.shipping.amount, 500);
      assert.equal(inJapan.amounts.tax.amount, 175); // (1250 + 500) × 10 %
      const dinar = Checkout.parse((await create(token, { items: [{ product_id: kwd, quantity: 1 }] })).json);
      assert.equal(dinar.currency, 'KWD');
      assert.equal(dinar.amounts.shipping.amount, 1500);
      const mixed = await create(token, {
        items: [
          { product_id: jpy, quantity: 1 },
          { product_id: SERUM, quantity: 1 },
        ],
      });
      assert.equal(mixed.status, 422);
      assert.equal(mixed.json.errors[0].path, 'items.1.product_id');
      assert.equal(mixed.json.errors[0].code, 'currency_mismatch');
    });

    it('validates addresses by country and points at each field', async () => {
      const { token } = await freshBuyer(server.url);
      const id = (await create(token, { items: [{ product_id: SERUM, quantity: 1 }] })).json.id;
      const cases: [object, string, string][] = [
        [{ ...ADDRESS, postal_code: '2220' }, 'shipping_address.postal_code', 'postal_code_invalid'],
        [{ ...ADDRESS, postal_code: undefined }, 'shipping_address.postal_code', 'postal_code_required'],
        [{ ...ADDRESS, country: 'GB', postal_code: '12345' }, 'shipping_address.postal_code', 'postal_code_invalid'],
        [{ ...ADDRESS, country: 'usa' }, 'shipping_address.country', 'invalid_format'],
        [{ ...ADDRESS, name: '  ' }, 'shipping_address.name', 'too_small'],
        [{ ...ADDRESS, line1: 'x'.repeat(201) }, 'shipping_address.line1', 'too_big'],
        [{ ...ADDRESS, city: undefined }, 'shipping_address.city', 'invalid_type'],
        [{ ...ADDRESS, phone: 'call me maybe' }, 'shipping_address.phone', 'phone_invalid'],
        [{ ...ADDRESS, region: undefined }, 'shipping_address.region', 'region_required'],
        [{ ...ADDRESS, country: 'AU', region: ' ', postal_code: '2000' }, 'shipping_address.region', 'region_required'],
      ];
      for (const [address, path, code] of cases) {
        const result = await update(token, id, { shipping_address: address });
        assert.equal(result.status, 422, `${path}: ${result.text}`);
        assert.equal(result.json.code, 'validation_failed');
        assert.ok(
          result.json.errors.some(
            (error: { path: string; code: string }) => error.path === path && error.code === code,
          ),
          `${path} ${code}: ${JSON.stringify(result.json.errors)}`,
        );
      }
      // No postal code in Hong Kong: accepted without one.
      const hk = await update(token, id, {
        shipping_address: { name: 'A', line1: '1 Queen’s Rd', city: 'Hong Kong', country: 'HK', postal_code: '000' },
      });
      assert.equal(hk.status, 200, hk.text);
      assert.equal(hk.json.shipping_address.postal_code, undefined);
      // No region needed in the United Kingdom.
      const uk = await update(token, id, {
        shipping_address: { name: 'A', line1: '10 Downing St', city: 'London', country: 'GB', postal_code: 'SW1A 2AA' },
      });
      assert.equal(uk.status, 200, uk.text);
    });

    it('refuses bad input on every request field with a pointer', async () => {
      const { token } = await freshBuyer(server.url);
      const bad: [unknown, string][] = [
        [{ items: [] }, 'items'],
        [{ items: [{ product_id: 'nope', quantity: 1 }] }, 'items.0.product_id'],
        [{ items: [{ product_id: SERUM, quantity: 0 }] }, 'items.0.quantity'],
        [{ items: [{ product_id: SERUM, quantity: 1.5 }] }, 'items.0.quantity'],
        [{ items: [{ product_id: SERUM, quantity: 100 }] }, 'items.0.quantity'],
        [{ items: [{ product_id: SERUM, quantity: 1 }], discount_code: 'NOPE' }, 'discount_code'],
      ];
      for (const [body, path] of bad) {
        const result = await create(token, body);
        assert.equal(result.status, 422, JSON.stringify(body));
        assert.ok(
          result.json.errors.some((error: { path: string }) => error.path === path),
          `${path}: ${result.text}`,
        );
        assert.ok(result.json.detail, 'a plain next step');
      }
      const unavailable = await create(token, { items: [{ product_id: SOLD_OUT, quantity: 1 }] });
      assert.equal(unavailable.json.code, 'product_unavailable');
      assert.equal(unavailable.json.errors[0].path, 'items.0.product_id');
      const foreign = await create(token, { items: [{ product_id: 'prd_someoneElses01', quantity: 1 }] });
      assert.equal(foreign.json.code, 'product_unavailable');

      const id = (await create(token, { items: [{ product_id: SERUM, quantity: 1 }] })).json.id;
      const updates: [unknown, string][] = [
        [{ shipping_option_id: 'teleport' }, 'shipping_option_id'],
        [{ billing_same_as_shipping: 'yes' }, 'billing_same_as_shipping'],
        [{ saved_address_id: 'adr_notMineAtAll01' }, 'saved_address_id'],
        [{ billing_address: { ...ADDRESS, postal_code: 'ABC' } }, 'billing_address.postal_code'],
      ];
      for (const [body, path] of updates) {
        const result = await update(token, id, body);
        assert.equal(result.status, 422, JSON.stringify(body));
        assert.ok(
          result.json.errors.some((error: { path: string }) => error.path === path),
          `${path}: ${result.text}`,
        );
      }
      const noAddress = await place(server.url, token, id, { type: 'cash_on_delivery' });
      assert.equal(noAddress.status, 422);
      assert.equal(noAddress.json.errors[0].path, 'shipping_address');
      const badMethods: [unknown, string][] = [
        [{ type: 'bitcoin' }, 'payment_method.type'],
        [{ type: 'card' }, 'payment_method.token'],
        [{ type: 'card', token: '4242424242424242' }, 'payment_method.token'],
        [{ type: 'saved_card', saved_card_id: 'x' }, 'payment_method.saved_card_id'],
        [{ type: 'wallet', wallet: 'txpay', return_url: 'javascript:alert(1)' }, 'payment_method.return_url'],
      ];
      for (const [method, path] of badMethods) {
        const result = await place(server.url, token, id, method as object);
        assert.equal(result.status, 422, JSON.stringify(method));
        assert.ok(
          result.json.errors.some((error: { path: string }) => error.path.startsWith(path)),
          `${path}: ${result.text}`,
        );
        assert.ok(!result.text.includes('4242424242424242'), 'values are never echoed');
      }
    });

    it('billing same as shipping, or a separate billing address', async () => {
      const { token } = await freshBuyer(server.url);
      const id = await readyCheckout(server.url, token);
      const separate = Checkout.parse((await update(token, id, { billing_same_as_shipping: false })).json);
      assert.equal(separate.billing_same_as_shipping, false);
      const refused = await place(server.url, token, id, { type: 'cash_on_delivery' });
      assert.equal(refused.json.errors[0].path, 'billing_address');
      const billing = { name: 'Billing Person', line1: '9 Rue X', city: 'Paris', postal_code: '75001', country: 'FR' };
      const withBilling = Checkout.parse((await update(token, id, { billing_address: billing })).json);
      assert.equal(withBilling.billing_address?.city, 'Paris');
      assert.equal(withBilling.amounts.tax.amount, 0, 'tax follows the shipping country (US), not billing');
      const same = Checkout.parse((await update(token, id, { billing_same_as_shipping: true })).json);
      assert.deepEqual(same.billing_address, same.shipping_address);
    });

    it('saved addresses: the demo buyer starts with one filled in; new ones can be saved', async () => {
      const token = await buyerToken(server.url);
      const created = Checkout.parse((await create(token, { items: [{ product_id: POUCH, quantity: 1 }] })).json);
      assert.equal(created.saved_addresses[0]?.id, DEMO_SAVED_ADDRESS_ID);
      assert.equal(created.shipping_address?.postal_code, 'EC1A 1BB');
      assert.equal(created.saved_cards[0]?.id, DEMO_SAVED_CARD.id);
      assert.deepEqual(created.payment_method_types, ['card', 'saved_card', 'cash_on_delivery', 'wallet']);

      const { token: other } = await freshBuyer(server.url);
      const theirs = Checkout.parse((await create(other, { items: [{ product_id: POUCH, quantity: 1 }] })).json);
      assert.equal(theirs.saved_addresses.length, 0);
      assert.equal(theirs.shipping_address, null);
      const stolen = await update(other, theirs.id, { saved_address_id: DEMO_SAVED_ADDRESS_ID });
      assert.equal(stolen.status, 422, 'another buyer’s saved address is not found');
      await update(other, theirs.id, { shipping_address: ADDRESS, save_address: true });
      const next = Checkout.parse((await create(other, { items: [{ product_id: POUCH, quantity: 1 }] })).json);
      assert.equal(next.saved_addresses.length, 1);
      assert.equal(next.saved_addresses[0]!.is_default, true);
      assert.equal(next.shipping_address?.line1, ADDRESS.line1);
    });

    it('a buyer who checked out can still erase their data; the payment stays as a financial record', async () => {
      const { token, buyerId } = await freshBuyer(server.url);
      const id = await readyCheckout(server.url, token);
      await update(token, id, { shipping_address: ADDRESS, save_address: true });
      const declined = await place(server.url, token, id, {
        type: 'card',
        token: await cardToken(server.url, card('generic_decline')),
      });
      await call(server.url, 'POST', `/v1/payment-intents/${declined.json.id}/cancel`, { token, body: {} });
      const erased = await call(server.url, 'POST', '/v1/me/erasure', { token, body: { confirm: true } });
      assert.equal(erased.status, 200, erased.text);
      const { rows } = await server.services.db.query('select count(*)::int as n from checkouts where buyer_id = $1', [
        buyerId,
      ]);
      assert.equal(rows[0]!.n, 0, 'the checkout (with its addresses) is gone');
      const kept = await call(server.url, 'GET', `/v1/payment-intents/${declined.json.id}`, {
        token: DEMO_KEYS.secretKey,
      });
      assert.equal(kept.json.status, 'canceled');
    });

    it('checkouts are private to their buyer; placed checkouts are closed to changes', async () => {
      const { token } = await freshBuyer(server.url);
      const id = await readyCheckout(server.url, token, [{ product_id: DELUXE, quantity: 1 }]);
      const { token: stranger } = await freshBuyer(server.url);
      const hidden = await call(server.url, 'GET', `/v1/checkouts/${id}`, { token: stranger });
      const missing = await call(server.url, 'GET', '/v1/checkouts/cko_doesNotExist000', { token: stranger });
      assert.equal(hidden.status, 404);
      assert.equal(hidden.text.replace(/"request_id":"[^"]+"/, ''), missing.text.replace(/"request_id":"[^"]+"/, ''));
      assert.equal((await update(stranger, id, { shipping_option_id: 'express' })).status, 404);
      assert.equal((await call(server.url, 'GET', `/v1/checkouts/${id}`, { token: DEMO_KEYS.secretKey })).status, 200);
      await place(server.url, token, id, { type: 'cash_on_delivery' });
      const closed = await update(token, id, { shipping_option_id: 'express' });
      assert.equal(closed.status, 422);
      assert.equal(closed.json.code, 'checkout_closed');
      const placed = Checkout.parse((await call(server.url, 'GET', `/v1/checkouts/${id}`, { token })).json);
      assert.equal(placed.status, 'placed');
      assert.match(placed.order_number ?? '', /^TX-\d+$/);
    });
  });
}
