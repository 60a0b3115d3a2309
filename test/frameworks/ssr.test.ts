// Server-side rendering with @lit-labs/ssr (what @lit-labs/ssr-react, Next.js and other set-ups use): the server
// knows neither the page's client nor the buyer's session nor the data, so every element, on its own or inside
// a provider, renders one neutral skeleton (busy, labelled), never "not set up", an error or an empty form.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

const ELEMENTS = [
  'order-tracker',
  'checkout-helper',
  'dispute-form',
  'refund-request',
  'order-hub',
  'privacy-center',
  'help-assistant',
] as const;
await import('@txassist/elements/provider');
for (const name of ELEMENTS) await import(`@txassist/elements/${name}`);

const ORDER_ID = 'ord_01J5ZQ9X8Y7W6V5T4S3R2Q1P0N';
/** What an element must never say before the browser has its client. */
const WRONG_STATE = /not_configured|not set up|isn’t set up|error-title|role="alert"|Error code/i;

/** The declarative shadow root the server wrote for `<tag>` (its first one in `markup`). */
function shadowOf(markup: string, tag: string): string {
  const match = new RegExp(`<${tag}[^>]*><template shadowroot(?:mode)?="open"[^>]*>([\\s\\S]*?)</template>`).exec(
    markup,
  );
  assert.ok(match, `<${tag}> has a declarative shadow root in the server output`);
  return match[1]!;
}

/** Asserts the shadow root holds only the neutral skeleton: busy, with a status that says it is loading. */
function assertSkeleton(shadow: string, tag: string): void {
  assert.match(shadow, /data-tx-server-skeleton aria-busy="true"/, `${tag}: a busy skeleton`);
  const status = /<p class="ssr-label" role="status">(?:<!--[^>]*-->)*([^<]+)/.exec(shadow);
  assert.ok(status && status[1]!.trim().length > 3, `${tag}: the skeleton is labelled by a status text`);
  assert.match(shadow, /class="ssr-bones" aria-hidden="true"/, `${tag}: the grey bars are hidden from assistive tech`);
  const markup = shadow.replace(/<style>[\s\S]*?<\/style>/g, ''); // the element's CSS names error classes too
  assert.ok(!WRONG_STATE.test(markup), `${tag}: no error or "not set up" on the server:\n${markup}`);
  assert.ok(!/<(input|select|textarea|button)\b/.test(markup), `${tag}: no control the buyer could use too early`);
  assert.match(shadow, /:host\(:defined\) \[data-tx-server-skeleton\]/, `${tag}: the skeleton hides once defined`);
}

describe('every element renders a neutral skeleton on the server', () => {
  for (const name of ELEMENTS) {
    const tag = `tx-${name}`;
    const element = unsafeStatic(tag);
    test(`<${tag}> on its own (the page may still set \`client\` before the upgrade)`, async () => {
      const markup = await collectResult(render(staticHtml`<${element} order-id=${ORDER_ID}></${element}>`));
      assertSkeleton(shadowOf(markup, tag), tag);
    });
    test(`<${tag}> inside a provider with settings`, async () => {
      const markup = await collectResult(
        render(
          staticHtml`<tx-provider api-base="https://api.example.test" session-token="sess_test"
            ><${element} order-id=${ORDER_ID} locale="en"></${element}
          ></tx-provider>`,
        ),
      );
      assert.match(shadowOf(markup, 'tx-provider'), /<slot><\/slot>/, 'the provider renders its slot');
      assertSkeleton(shadowOf(markup, tag), tag);
    });
  }

  test('a provider on its own renders only its slot', async () => {
    const markup = await collectResult(render(html`<tx-provider api-base="not a url"></tx-provider>`));
    const shadow = shadowOf(markup, 'tx-provider');
    assert.match(shadow, /<slot><\/slot>/);
    assert.ok(!WRONG_STATE.test(shadow.replace(/<style>[\s\S]*?<\/style>/g, '')));
  });
});
