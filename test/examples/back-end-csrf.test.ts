/**
 * The example back ends that act with a secret — the agent console (staff token), the storefront and
 * the creator page (seller secret key) — refuse what another site's page can send them, and answer
 * with the API's security headers. Real API, real back ends, real HTTP; the forged requests carry the
 * headers a browser sends with a cross-site `fetch` or form post.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AgentCaseFile, AgentQueueItem } from '@txassist/contract';
import { DEMO_KEYS, DEMO_FIXTURES } from '@txassist/server';
import { demoAgent, startAgentConsole, type RunningAgentConsole } from '../../examples/agent-console/server.js';
import { startCreatorVideo } from '../../examples/creator-video/server.js';
import { startStorefront, type RunningStorefront } from '../../examples/storefront/server.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { consoleSessionCookie } from './console-session.js';

const EVIL = 'https://evil.example';

/** What a browser sends for a cross-site request, in the ways a forging page can make one. */
const FORGERIES: readonly { name: string; headers: Record<string, string> }[] = [
  {
    name: 'a text/plain fetch from another site (no CORS preflight)',
    headers: { 'Content-Type': 'text/plain', Origin: EVIL, 'Sec-Fetch-Site': 'cross-site' },
  },
  {
    name: 'a JSON fetch from another site',
    headers: { 'Content-Type': 'application/json', Origin: EVIL, 'Sec-Fetch-Site': 'cross-site' },
  },
  {
    name: 'a form post from a sibling subdomain',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-site' },
  },
  {
    name: 'a browser without Fetch Metadata, another Origin',
    headers: { 'Content-Type': 'application/json', Origin: EVIL },
  },
  { name: 'a sandboxed frame (Origin: null)', headers: { 'Content-Type': 'application/json', Origin: 'null' } },
  { name: 'a text/plain body with no browser headers at all', headers: { 'Content-Type': 'text/plain' } },
];

async function post(url: string, headers: Record<string, string>, body: unknown = {}) {
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

/** Same-origin headers as the browser sends them for the back end's own page. */
const sameOrigin = (base: string) => ({
  'Content-Type': 'application/json',
  Origin: new URL(base).origin,
  'Sec-Fetch-Site': 'same-origin',
});

function assertSecurityHeaders(headers: Headers, kind: 'page' | 'data'): void {
  const policy = headers.get('content-security-policy') ?? '';
  assert.match(policy, /frame-ancestors 'none'/);
  if (kind === 'page') assert.match(policy, /script-src 'self'/);
  else assert.match(policy, /default-src 'none'/);
  assert.equal(headers.get('x-frame-options'), 'DENY');
  assert.equal(headers.get('x-content-type-options'), 'nosniff');
  assert.equal(headers.get('referrer-policy'), 'no-referrer');
  assert.match(headers.get('strict-transport-security') ?? '', /max-age=\d+/);
}

describe('example back ends refuse cross-site requests', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api?.close());

  describe('agent console (staff token)', () => {
    let agentConsole: RunningAgentConsole;
    /** The console session's cookie: the forgeries carry it too (the worst case, a browser without SameSite). */
    let cookie: string;
    before(async () => {
      agentConsole = await startAgentConsole({ apiBase: api.url, port: 0 });
      cookie = await consoleSessionCookie(agentConsole.url, await demoAgent());
    });
    after(() => agentConsole?.close());

    const caseFile = async (id: string) =>
      (await (
        await fetch(`${agentConsole.url}/api/cases/${id}`, { headers: { Cookie: cookie } })
      ).json()) as AgentCaseFile;

    it('a forged POST moves nothing; the console page itself still can', async () => {
      const queue = (await (await fetch(`${agentConsole.url}/api/queue`, { headers: { Cookie: cookie } })).json()) as {
        data: AgentQueueItem[];
      };
      const id = queue.data[0]!.dispute_id;
      const before = await caseFile(id);
      assert.equal(before.dispute.status, 'escalated');

      for (const forgery of FORGERIES) {
        for (const action of ['request-info', 'decide']) {
          const answer = await post(
            `${agentConsole.url}/api/cases/${id}/${action}`,
            { ...forgery.headers, Cookie: cookie },
            {
              from: 'buyer',
              question: 'Forged question',
              favour: 'seller',
              reason: 'Forged decision',
            },
          );
          assert.ok([403, 415].includes(answer.status), `${forgery.name} → ${action}: ${answer.status} ${answer.text}`);
          assert.match(JSON.parse(answer.text).code, /^(cross_site_refused|unsupported_media_type)$/);
        }
      }
      const after = await caseFile(id);
      assert.equal(after.dispute.status, 'escalated', 'the forged requests changed nothing');
      assert.deepEqual(after.support_case, before.support_case);
      assert.equal(after.dispute.messages.length, before.dispute.messages.length);

      const own = await post(
        `${agentConsole.url}/api/cases/${id}/request-info`,
        { ...sameOrigin(agentConsole.url), Cookie: cookie },
        {
          from: 'buyer',
          question: 'Could you send a photo of the parcel label?',
        },
      );
      assert.equal(own.status, 200, own.text);
      assert.equal((await caseFile(id)).dispute.status, 'awaiting_info');
    });

    it('reads are refused cross-site too, and every answer carries the security headers', async () => {
      const forged = await fetch(`${agentConsole.url}/api/queue`, {
        headers: { 'Sec-Fetch-Site': 'cross-site', Cookie: cookie },
      });
      assert.equal(forged.status, 403);
      assertSecurityHeaders(forged.headers, 'data');
      const page = await fetch(`${agentConsole.url}/`);
      assert.equal(page.status, 200);
      assertSecurityHeaders(page.headers, 'page');
      const data = await fetch(`${agentConsole.url}/api/queue`, {
        headers: { 'Sec-Fetch-Site': 'same-origin', Cookie: cookie },
      });
      assert.equal(data.status, 200);
      assertSecurityHeaders(data.headers, 'data');
      assert.equal(data.headers.get('cache-control'), 'no-store');
    });
  });

  describe('storefront (seller secret key)', () => {
    let storefront: RunningStorefront;
    before(async () => {
      storefront = await startStorefront({ apiBase: api.url, port: 0, secretKey: DEMO_KEYS.secretKey });
    });
    after(() => storefront?.close());

    const orderCount = async () =>
      Number(
        (
          await api.services.db.query<{ n: unknown }>('select count(*) as n from orders where buyer_id = $1', [
            DEMO_FIXTURES.buyers[0].id,
          ])
        ).rows[0]!.n,
      );

    it('a forged POST mints no token and places no order; its own page still can', async () => {
      const before = await orderCount();
      for (const forgery of FORGERIES) {
        for (const path of ['/session', '/demo-order']) {
          const answer = await post(`${storefront.url}${path}`, forgery.headers);
          assert.ok([403, 415].includes(answer.status), `${forgery.name} → ${path}: ${answer.status}`);
          assert.doesNotMatch(answer.text, /token/);
        }
      }
      assert.equal(await orderCount(), before, 'no order was placed');

      const session = await post(`${storefront.url}/session`, sameOrigin(storefront.url));
      assert.equal(session.status, 200, session.text);
      assert.ok(JSON.parse(session.text).token);
      const order = await post(`${storefront.url}/demo-order`, sameOrigin(storefront.url));
      assert.equal(order.status, 201, order.text);
      assert.equal(await orderCount(), before + 1);
    });

    it('pages and data carry the security headers', async () => {
      assertSecurityHeaders((await fetch(`${storefront.url}/`)).headers, 'page');
      const orders = await fetch(`${storefront.url}/orders.json`);
      assert.equal(orders.status, 200);
      assertSecurityHeaders(orders.headers, 'data');
      const forged = await fetch(`${storefront.url}/orders.json`, { headers: { 'Sec-Fetch-Site': 'cross-site' } });
      assert.equal(forged.status, 403);
    });
  });

  describe('creator video page (seller secret key)', () => {
    let creator: Awaited<ReturnType<typeof startCreatorVideo>>;
    before(async () => {
      creator = await startCreatorVideo({
        apiBase: api.url,
        port: 0,
        secretKey: DEMO_KEYS.secretKey,
        publishableKey: DEMO_KEYS.publishableKey,
        buyerId: DEMO_FIXTURES.buyers[0].id,
      });
    });
    after(() => creator?.close());

    it('a forged POST mints no token; its own page still can; the page carries the security headers', async () => {
      for (const forgery of FORGERIES) {
        const answer = await post(`${creator.url}/session`, forgery.headers);
        assert.ok([403, 415].includes(answer.status), `${forgery.name}: ${answer.status}`);
        assert.doesNotMatch(answer.text, /token/);
      }
      const session = await post(`${creator.url}/session`, sameOrigin(creator.url));
      assert.equal(session.status, 200, session.text);
      assert.ok(JSON.parse(session.text).token);
      assertSecurityHeaders((await fetch(`${creator.url}/`)).headers, 'page');
    });
  });
});
