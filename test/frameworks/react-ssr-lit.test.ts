// @txassist/react rendered on the server with @lit-labs/ssr-react (pinned in the root package.json): the wrappers
// go through the `createElement` that ssr-react patches, so each element's shadow root is in the HTML as a
// declarative shadow root holding the neutral skeleton (never "not set up"), and the client hydrates nothing of it.
// The DOM shim and the patch must come before the elements and the wrappers load: hence the dynamic imports.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import '@lit-labs/ssr-react/enable-lit-ssr.js';
import assert from 'node:assert/strict';
import { test } from 'node:test';

const { CheckoutHelper, DisputeForm, OrderTracker, PrivacyCenter, TxProvider } = await import('@txassist/react');
const { createElement } = await import('react');
const { renderToString } = await import('react-dom/server');

test('renderToString of <TxProvider> with wrapped elements writes each skeleton into the HTML', () => {
  const orderId = 'ord_01J5ZQ9X8Y7W6V5T4S3R2Q1P0N';
  const markup = renderToString(
    createElement(
      TxProvider,
      { apiBase: 'https://api.example.test', sessionToken: 'sess_test' },
      createElement(OrderTracker, { orderId, headingLevel: 3 }),
      createElement(CheckoutHelper, {}),
      createElement(DisputeForm, { orderId }),
      createElement(PrivacyCenter, {}),
    ),
  );
  for (const tag of ['tx-order-tracker', 'tx-checkout-helper', 'tx-dispute-form', 'tx-privacy-center']) {
    const shadow = new RegExp(`<${tag}[^>]*><template shadowroot(?:mode)?="open"[^>]*>([\\s\\S]*?)</template>`).exec(
      markup,
    );
    assert.ok(shadow, `<${tag}> carries its declarative shadow root`);
    const html = shadow[1]!.replace(/<style>[\s\S]*?<\/style>/g, '');
    assert.match(html, /data-tx-server-skeleton aria-busy="true"/, `${tag}: the busy skeleton`);
    assert.match(html, /role="status">(<!--[^>]*-->)*[^<\s]/, `${tag}: labelled by a status text`);
    assert.ok(!/not_configured|not set up|isn’t set up|role="alert"/i.test(html), `${tag}: no wrong state:\n${html}`);
  }
});
