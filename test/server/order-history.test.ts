import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ORDER_STATUSES, Order } from '@txassist/contract';
import { DEMO_FIXTURES } from '@txassist/server';
import { buyerToken, call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';

/** Buyer 1's order numbers, newest first (TX-1001 is the first status, placed last). */
const NUMBERS_NEWEST_FIRST = ORDER_STATUSES.map((_, index) => `TX-${1001 + index}`);

for (const backend of BACKENDS) {
  describe(`order history search (${backend})`, () => {
    let server: TestServer;
    let token: string;
    before(async () => {
      server = await startTestServer({ backend });
      token = await buyerToken(server.url);
    });
    after(() => server?.close());

    const numbersOf = async (query: string): Promise<string[]> => {
      const result = await call(server.url, 'GET', `/v1/orders${query}`, { token });
      assert.equal(result.status, 200, result.text);
      return result.json.data.map((order: unknown) => Order.parse(order).number);
    };

    it('finds an order by its full number or a part of it, in any case', async () => {
      assert.deepEqual(await numbersOf('?number=TX-1004'), ['TX-1004']);
      assert.deepEqual(await numbersOf('?number=1004'), ['TX-1004']);
      assert.deepEqual(await numbersOf('?number=tx-1004'), ['TX-1004']);
      assert.deepEqual(await numbersOf('?number=%20TX-1004%20'), ['TX-1004']);
    });

    it('never finds another buyer’s order, even by its exact number', async () => {
      assert.deepEqual(await numbersOf(`?number=${DEMO_FIXTURES.otherBuyerOrder.number}`), []);
      const all = await numbersOf('?number=TX-10&limit=100');
      assert.deepEqual(all, NUMBERS_NEWEST_FIRST);
      assert.ok(!all.includes(DEMO_FIXTURES.otherBuyerOrder.number));
    });

    it('matches LIKE wildcards literally', async () => {
      assert.deepEqual(await numbersOf('?number=%25'), []);
      assert.deepEqual(await numbersOf('?number=TX_1004'), []);
    });

    it('combines the search with the status filter', async () => {
      const delivered = NUMBERS_NEWEST_FIRST[ORDER_STATUSES.indexOf('delivered')]!;
      assert.deepEqual(await numbersOf(`?status=delivered&number=${delivered}`), [delivered]);
      assert.deepEqual(await numbersOf(`?status=delivered&number=${NUMBERS_NEWEST_FIRST[0]}`), []);
      assert.deepEqual(await numbersOf('?status=delivered&number=TX-10'), [delivered]);
    });

    it('pages through search results with the cursor', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `?number=TX-100&limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page = await call(server.url, 'GET', `/v1/orders${query}`, { token });
        assert.equal(page.status, 200);
        seen.push(...page.json.data.map((order: { number: string }) => order.number));
        cursor = page.json.next_cursor;
        pages++;
      } while (cursor);
      assert.equal(pages, 3);
      assert.deepEqual(seen, NUMBERS_NEWEST_FIRST);
    });

    it('refuses a blank or overlong search with invalid_query and a field path', async () => {
      for (const bad of ['%20%20', '', 'X'.repeat(41)]) {
        const result = await call(server.url, 'GET', `/v1/orders?number=${bad}`, { token });
        assert.equal(result.status, 400, bad);
        assert.equal(result.json.code, 'invalid_query');
        assert.ok(
          result.json.errors.some((error: { path: string }) => error.path === 'number'),
          JSON.stringify(result.json.errors),
        );
      }
    });
  });
}
