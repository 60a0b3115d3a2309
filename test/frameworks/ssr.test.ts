// Server-side rendering with @lit-labs/ssr (what @lit/react wrappers and Next.js set-ups use): before the
// browser knows the client, a tracker must show a neutral loading skeleton, never "not set up".
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import assert from 'node:assert/strict';
import { test } from 'node:test';

await import('@txassist/elements/provider');
await import('@txassist/elements/order-tracker');

const ORDER_ID = 'ord_01J5ZQ9X8Y7W6V5T4S3R2Q1P0N';

test('a tracker inside a provider renders the loading skeleton on the server, not "not configured"', async () => {
  const markup = await collectResult(
    render(
      html`<tx-provider api-base="https://api.example.test" session-token="sess_test"
        ><tx-order-tracker order-id=${ORDER_ID}></tx-order-tracker
      ></tx-provider>`,
    ),
  );
  assert.match(markup, /<template shadowroot(mode)?="open"/, 'the tracker renders a declarative shadow root');
  assert.match(markup, /class="skeleton" aria-hidden="true"/, 'the skeleton is in the server output');
  assert.doesNotMatch(markup, /not_configured|not set up/i);
  assert.doesNotMatch(markup, /class="error-title"/);
});

test('a tracker without settings renders the skeleton on the server too: the page may still set `client` before upgrade', async () => {
  const markup = await collectResult(render(html`<tx-order-tracker order-id=${ORDER_ID}></tx-order-tracker>`));
  assert.match(markup, /class="skeleton" aria-hidden="true"/);
  assert.doesNotMatch(markup, /not_configured/);
});
