// @txassist/react on the server (Next.js, Remix, renderToString): importing and rendering the wrappers in
// Node must not touch the DOM; the markup carries the tags (@lit/react sets properties such as `orderId`
// once the browser has the element: the element's own server output is test/frameworks/ssr.test.ts).
import { OrderTracker, TxProvider, useTxClient } from '@txassist/react';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

test('renderToString of <TxProvider><OrderTracker/></TxProvider> gives the tags and shares one client', () => {
  let sharedClient: unknown;
  function Probe() {
    sharedClient = useTxClient();
    return null;
  }
  const markup = renderToString(
    createElement(
      TxProvider,
      { apiBase: 'https://api.example.test', sessionToken: 'sess_test' },
      createElement(OrderTracker, { orderId: 'ord_01J5ZQ9X8Y7W6V5T4S3R2Q1P0N', headingLevel: 3 }),
      createElement(Probe),
    ),
  );
  assert.match(markup, /<tx-provider[^>]*>/);
  assert.match(markup, /<tx-order-tracker[^>]*><\/tx-order-tracker>/);
  assert.doesNotMatch(markup, /not_configured/);
  assert.equal(
    typeof (sharedClient as { orders?: { get?: unknown } }).orders?.get,
    'function',
    'useTxClient() gave the client',
  );
});

test('useTxClient() outside a provider names the missing provider', () => {
  function Lonely() {
    useTxClient();
    return null;
  }
  assert.throws(() => renderToString(createElement(Lonely)), /txassist_provider_missing/);
});
