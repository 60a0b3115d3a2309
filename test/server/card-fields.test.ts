import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

const FRAME = '/v1/card-fields/frame';
const frameFor = (origin: string) => `${FRAME}?origin=${encodeURIComponent(origin)}`;

/** The CSP directives as a map: `script-src` → `'nonce-…'`. */
function directives(policy: string | null): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of (policy ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values.join(' '));
  }
  return map;
}

describe('hosted card fields page', () => {
  let server: TestServer;
  before(async () => {
    // Not demo mode: only registered origins may frame the card fields (demo also allows loopback).
    server = await startTestServer({ demo: false, config: { allowedOrigins: ['https://shop.example'] } });
    await server.services.db.query(
      `insert into sellers (id, name, secret_key_hash, publishable_key) values ('sel_cardframe001', 'Frames', 'x', 'pk_frames')`,
    );
    await server.services.db.query(
      `insert into seller_origins (seller_id, origin) values ('sel_cardframe001', 'https://creator.example')`,
    );
    await server.services.origins.refresh();
  });
  after(() => server?.close());

  it('serves an HTML page framable only by the registered origin it was asked for', async () => {
    for (const origin of ['https://creator.example', 'https://shop.example']) {
      const result = await call(server.url, 'GET', frameFor(origin));
      assert.equal(result.status, 200, origin);
      assert.match(result.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
      const policy = directives(result.headers.get('content-security-policy'));
      assert.equal(policy.get('frame-ancestors'), origin);
      assert.equal(result.headers.get('x-frame-options'), null, 'X-Frame-Options DENY would block the frame');
      assert.equal(result.headers.get('cache-control'), 'no-store');
      assert.equal(result.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(result.headers.get('referrer-policy'), 'no-referrer');
    }
  });

  it('allows only its own nonce for scripts and styles, and network only to its own origin', async () => {
    const first = await call(server.url, 'GET', frameFor('https://creator.example'));
    const second = await call(server.url, 'GET', frameFor('https://creator.example'));
    const policy = directives(first.headers.get('content-security-policy'));
    assert.equal(policy.get('default-src'), "'none'");
    assert.equal(policy.get('connect-src'), "'self'");
    assert.equal(policy.get('base-uri'), "'none'");
    assert.equal(policy.get('form-action'), "'none'");
    const nonce = /^'nonce-([\w-]+)'$/.exec(policy.get('script-src') ?? '')?.[1];
    assert.ok(nonce && nonce.length >= 22, `script-src is one nonce: ${policy.get('script-src')}`);
    assert.equal(policy.get('style-src'), `'nonce-${nonce}'`);
    assert.notEqual(
      directives(second.headers.get('content-security-policy')).get('script-src'),
      policy.get('script-src'),
      'a fresh nonce per response',
    );
    // Every executable script and every style element carries the nonce; the config block is data.
    const scripts = [...first.text.matchAll(/<script([^>]*)>/g)].map((match) => match[1] ?? '');
    assert.equal(scripts.length, 2);
    for (const attributes of scripts) {
      assert.ok(attributes.includes(`nonce="${nonce}"`) || attributes.includes('type="application/json"'), attributes);
    }
    assert.match(first.text, new RegExp(`<style nonce="${nonce}">`));
    assert.doesNotMatch(first.text, /\sstyle="/, 'no inline style attributes (the CSP would block them)');
    assert.doesNotMatch(first.text, /\son\w+="/, 'no inline event handlers');
  });

  it('has labelled numeric inputs with the card autocomplete tokens and errors linked to them', async () => {
    const { text } = await call(server.url, 'GET', frameFor('https://creator.example'));
    for (const [id, token] of [
      ['number', 'cc-number'],
      ['expiry', 'cc-exp'],
      ['cvc', 'cc-csc'],
    ] as const) {
      const input = new RegExp(`<input id="${id}"[^>]*>`).exec(text)?.[0] ?? '';
      assert.match(input, new RegExp(`autocomplete="${token}"`), id);
      assert.match(input, /inputmode="numeric"/, id);
      assert.match(input, new RegExp(`aria-describedby="[^"]*${id}-error`), id);
      assert.match(text, new RegExp(`<label for="${id}"`), `label for ${id}`);
      assert.match(text, new RegExp(`id="${id}-error"`), `error element for ${id}`);
    }
    assert.match(text, /role="alert"/);
    assert.match(text, /role="status"/);
  });

  it('embeds the parent origin as data the page cannot break out of', async () => {
    const { text } = await call(server.url, 'GET', frameFor('https://creator.example'));
    const config = /<script type="application\/json" id="tx-card-config">([^<]*)<\/script>/.exec(text)?.[1];
    assert.deepEqual(JSON.parse(config ?? 'null'), {
      parentOrigin: 'https://creator.example',
      tokenUrl: '/v1/card-tokens',
    });
    // The script posts only to that origin and listens only to it.
    assert.match(text, /postMessage\(message, PARENT\)/);
    assert.match(text, /event\.origin !== PARENT \|\| event\.source !== window\.parent/);
  });

  it('refuses origins that are not registered with the same 403 problem, and never frames them', async () => {
    for (const origin of ['https://evil.example', 'http://localhost:3000', 'http://127.0.0.1:8080']) {
      const result = await call(server.url, 'GET', frameFor(origin));
      assert.equal(result.status, 403, origin);
      assert.equal(result.json.code, 'forbidden');
      assert.match(result.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
      assert.equal(result.headers.get('x-frame-options'), 'DENY');
    }
  });

  it('rejects anything but a bare origin (no paths, no policy injection) as an invalid query', async () => {
    for (const origin of [
      'https://creator.example/shop',
      "https://creator.example; script-src 'unsafe-inline'",
      'https://creator.example *',
      'javascript:alert(1)',
      '*',
      '',
    ]) {
      const result = await call(server.url, 'GET', frameFor(origin));
      assert.equal(result.status, 400, origin);
      assert.equal(result.json.code, 'invalid_query', origin);
    }
    const missing = await call(server.url, 'GET', FRAME);
    assert.equal(missing.status, 400);
    assert.equal(missing.json.code, 'invalid_query');
  });

  it('leaves every other response unframable', async () => {
    const result = await call(server.url, 'GET', '/healthz');
    assert.match(result.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.equal(result.headers.get('x-frame-options'), 'DENY');
  });
});

describe('hosted card fields in demo mode', () => {
  it('may be framed by loopback pages (local development and the browser tests)', async () => {
    const server = await startTestServer({ demo: true });
    try {
      const result = await call(server.url, 'GET', frameFor('http://localhost:8000'));
      assert.equal(result.status, 200);
      assert.equal(
        directives(result.headers.get('content-security-policy')).get('frame-ancestors'),
        'http://localhost:8000',
      );
    } finally {
      await server.close();
    }
  });
});
