import { CARD_FIELDS_PROTOCOL, type CardFieldsText } from '@txassist/contract';
import { createTranslator, CHECKOUT, CORE, loadCatalog, PAYMENTS } from '@txassist/elements/i18n';
import { sendKeys } from '@web/test-runner-commands';
import {
  CardFieldsController,
  type CardFieldsSettings,
} from '../../packages/elements/src/checkout-helper/card-fields.js';
import { cardFieldsText } from '../../packages/elements/src/checkout-helper/card-text.js';
import { assert, deepEqual, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, fixture, waitUntil } from '../browser-support/dom.js';
import { typeCard, waitForCard, type TestCard } from '../browser-support/checkout.js';
import { apiConfig } from '../browser-support/tx-api.js';

/** The smallest host a Lit reactive controller needs (no element, so the iframe is driven directly). */
function controllerHost() {
  let updates = 0;
  return {
    addController() {},
    removeController() {},
    requestUpdate() {
      updates++;
    },
    get updateComplete() {
      return Promise.resolve(true);
    },
    get updates() {
      return updates;
    },
  };
}

const english = createTranslator('en', 'en', {}, [CORE, CHECKOUT, PAYMENTS]);

async function settings(overrides: Partial<CardFieldsSettings> = {}): Promise<CardFieldsSettings> {
  const config = await apiConfig();
  return {
    apiBase: config.apiBase,
    publishableKey: config.publishableKey,
    lang: 'en',
    dir: 'ltr',
    text: cardFieldsText(english),
    appearance: {},
    ...overrides,
  };
}

/** Card fields served by the real API, in an iframe on this page, driven by the controller. */
async function mountCardFields(overrides: Partial<CardFieldsSettings> = {}) {
  const host = controllerHost();
  const given = await settings(overrides);
  const controller = new CardFieldsController(host, () => given);
  controller.hostConnected();
  const frame = document.createElement('iframe');
  frame.title = 'Card details';
  frame.src = controller.frameUrl()!;
  controller.attach(frame);
  const container = document.createElement('div');
  const before = document.createElement('button');
  before.textContent = 'Before the card fields';
  container.append(before, frame);
  await fixture(container);
  // Ready (the handshake) and then a height: the frame reports one only once its labelled form shows.
  await waitUntil(() => controller.shown, 'the card fields show their labelled form');
  /** Keyboard only: Tab from the button before the frame lands in the card number. */
  const tabIntoFrame = async () => {
    before.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => controller.state.focused === 'number', 'the card number has focus');
  };
  return { controller, frame, host, tabIntoFrame };
}

const year = (offset: number) => String((new Date().getFullYear() + offset) % 100).padStart(2, '0');

/** Keyboard only and once: Tab into the frame, type each field, leave the CVC so its error (if any) shows. */
async function enterCard(
  controller: CardFieldsController,
  tabIntoFrame: () => Promise<void>,
  card: TestCard,
  entered: (state: CardFieldsController['state']) => boolean,
): Promise<void> {
  await tabIntoFrame();
  await typeCard(controller, card);
  await sendKeys({ press: 'Shift+Tab' });
  await waitForCard(controller, entered, 'the card is entered as typed');
}

describe('hosted card fields (iframe served by the API)', () => {
  const controllers: CardFieldsController[] = [];
  afterEach(() => {
    for (const controller of controllers.splice(0)) controller.hostDisconnected();
    cleanupFixtures();
  });

  it('builds the frame URL on the API origin, naming this page as the only parent', async () => {
    const host = controllerHost();
    const given = await settings();
    const controller = new CardFieldsController(host, () => given);
    const url = new URL(controller.frameUrl()!);
    equal(url.origin, new URL(given.apiBase).origin);
    equal(url.pathname, '/v1/card-fields/frame');
    equal(url.searchParams.get('origin'), location.origin);
  });

  it('reports a height only once it shows its labelled fields, so "shown" means the buyer can type', async () => {
    const heights: number[] = [];
    const frames: (Window | null)[] = [];
    const record = (event: MessageEvent) => {
      const data = event.data as { type?: unknown; height?: unknown } | null;
      if (frames.includes(event.source as Window) && data?.type === 'tx-card:resize') heights.push(Number(data.height));
    };
    window.addEventListener('message', record);
    try {
      const host = controllerHost();
      const given = await settings();
      const controller = new CardFieldsController(host, () => given);
      controllers.push(controller);
      controller.hostConnected();
      const frame = document.createElement('iframe');
      frame.title = 'Card details';
      frame.src = controller.frameUrl()!;
      controller.attach(frame);
      await fixture(frame);
      frames.push(frame.contentWindow);
      await waitUntil(() => controller.shown, 'the card fields show their labelled form');
      // Three labelled inputs of at least 44 px each: far above the 8 px of the page before its words.
      assert(heights.length > 0 && heights[0]! > 132, `the first height is the labelled form's: ${heights.join(', ')}`);
      equal(controller.height, heights.at(-1));
    } finally {
      window.removeEventListener('message', record);
    }
  });

  it('reports ready, validates as the buyer types, recognises the brand and tokenizes a good card', async () => {
    const { controller, frame, tabIntoFrame } = await mountCardFields();
    controllers.push(controller);
    equal(controller.state.complete, false);

    await enterCard(
      controller,
      tabIntoFrame,
      { number: '4242 4242 4242 4242', expiry: `12${year(2)}`, cvc: '123' },
      (state) => state.complete,
    );
    equal(controller.state.brand, 'visa');
    equal(frame.ownerDocument.activeElement, frame, 'focus stays inside the card iframe');

    const outcome = await controller.tokenize();
    assert(outcome.kind === 'token', `tokenized: ${JSON.stringify(outcome)}`);
    if (outcome.kind !== 'token') return;
    assert(/^tok_/.test(outcome.card.token), outcome.card.token);
    equal(outcome.card.brand, 'visa');
    equal(outcome.card.last4, '4242');
    equal(outcome.card.exp_month, 12);
    equal(outcome.card.exp_year, new Date().getFullYear() + 2);
    deepEqual(Object.keys(outcome.card).sort(), ['brand', 'exp_month', 'exp_year', 'last4', 'token']);
  });

  it('refuses to tokenize invalid fields, names each problem and puts focus on the first', async () => {
    const { controller, frame, tabIntoFrame } = await mountCardFields();
    controllers.push(controller);
    // A number that fails Luhn, a month in the past, a CVC too short: each error shows once its field is left.
    await enterCard(
      controller,
      tabIntoFrame,
      { number: '4242424242424241', expiry: `01${year(-1)}`, cvc: '12' },
      (state) =>
        state.fields.number.error === 'number_invalid' &&
        state.fields.expiry.error === 'expiry_past' &&
        state.fields.cvc.error === 'cvc_incomplete',
    );
    const outcome = await controller.tokenize();
    assert(outcome.kind === 'invalid', `invalid: ${JSON.stringify(outcome)}`);
    if (outcome.kind !== 'invalid') return;
    equal(outcome.state.fields.number.error, 'number_invalid');
    equal(outcome.state.fields.expiry.error, 'expiry_past');
    equal(outcome.state.fields.cvc.error, 'cvc_incomplete');
    equal(frame.ownerDocument.activeElement, frame, 'focus moved into the frame (to the card number)');
    // Typing now goes to the card number: replacing it with a good one clears that error only.
    await waitUntil(() => controller.state.focused === 'number', 'the frame reports focus in the card number');
    await sendKeys({ press: 'Control+a' });
    await sendKeys({ type: '4000056655665556' });
    await waitForCard(controller, (state) => state.fields.number.error === null, 'the number error clears');
    equal(controller.state.fields.expiry.error, 'expiry_past');
  });

  it('knows Amex needs a 4-digit CVC and recognises other brands', async () => {
    const { controller, tabIntoFrame } = await mountCardFields();
    controllers.push(controller);
    await enterCard(
      controller,
      tabIntoFrame,
      { number: '378282246310005', expiry: `12${year(1)}`, cvc: '123' },
      (state) => state.brand === 'amex' && state.fields.number.complete && state.fields.cvc.error === 'cvc_incomplete',
    );
    const outcome = await controller.tokenize();
    assert(outcome.kind === 'invalid', 'a 3-digit CVC is too short for Amex');
    if (outcome.kind === 'invalid') equal(outcome.state.fields.cvc.error, 'cvc_incomplete');
  });

  it('empties every field on clear (after a decline nothing of the card is kept)', async () => {
    const { controller, tabIntoFrame } = await mountCardFields();
    controllers.push(controller);
    await enterCard(
      controller,
      tabIntoFrame,
      { number: '4242424242424242', expiry: '1230', cvc: '123' },
      (state) => state.complete,
    );
    controller.clear();
    await waitUntil(
      () =>
        controller.state.fields.number.empty &&
        controller.state.fields.expiry.empty &&
        controller.state.fields.cvc.empty,
      'every field is empty',
    );
  });

  it('ignores messages from another window of the API origin, and from its own frame showing another origin', async () => {
    const { controller, frame, host } = await mountCardFields();
    controllers.push(controller);
    const before = { state: controller.state, height: controller.height, updates: host.updates };
    const unchanged = (what: string) => {
      deepEqual(
        { state: controller.state, height: controller.height, updates: host.updates },
        before,
        `${what} left no trace`,
      );
    };
    /**
     * Resolves when this page has received a `type` message from `source`. The controller's listener was
     * added first, so by then the controller has handled that message too.
     */
    const received = (source: () => Window | null, type: string) =>
      new Promise<void>((resolve) => {
        window.addEventListener('message', function listener(event: MessageEvent) {
          if (event.source !== source() || (event.data as { type?: unknown } | null)?.type !== type) return;
          window.removeEventListener('message', listener);
          resolve();
        });
      });

    // Right origin, wrong window: a second card fields frame of the API, not this controller's. It
    // announces itself to this page (and, unanswered, stays hidden).
    const other = document.createElement('iframe');
    other.title = 'Another card fields frame';
    other.src = controller.frameUrl()!;
    const otherSpoke = received(() => other.contentWindow, 'tx-card:ready');
    frame.after(other);
    await otherSpoke;
    unchanged('the other frame’s ready');

    // Right window, wrong origin: the controller's own iframe navigated to a document of this page's
    // origin, which posts what the card frame would.
    const forged = { ...before.state, complete: true, brand: 'amex' };
    const forgedSent = received(() => frame.contentWindow, 'tx-card:change');
    frame.srcdoc = `<script>
      parent.postMessage({ type: 'tx-card:resize', v: ${CARD_FIELDS_PROTOCOL}, height: 5 }, '*');
      parent.postMessage({ type: 'tx-card:change', v: ${CARD_FIELDS_PROTOCOL}, state: ${JSON.stringify(forged)} }, '*');
    </script>`;
    await forgedSent;
    unchanged('a change and a height from this page’s origin');

    // The same window back on the API origin is heard again: the checks above are about the sender.
    frame.removeAttribute('srcdoc');
    await waitUntil(() => host.updates > before.updates && controller.ready, 'the card frame is heard again');
  });

  it('shows labelled, described fields in the buyer’s language (the page sends the words)', async () => {
    const bundles = [CORE, CHECKOUT, PAYMENTS];
    const french = createTranslator('fr', 'fr', await loadCatalog('fr', bundles), bundles);
    const text: CardFieldsText = cardFieldsText(french);
    includes(text.number, 'carte');
    // The frame's markup, rendered here with the same words, passes axe (the frame itself is cross-origin).
    const config = await apiConfig();
    const html = await (
      await fetch(`${config.apiBase}/v1/card-fields/frame?origin=${encodeURIComponent(location.origin)}`)
    ).text();
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const form = parsed.getElementById('card')!;
    form.hidden = false;
    form.querySelector('#legend')!.textContent = text.legend;
    form.querySelector('#number-label')!.textContent = text.number;
    form.querySelector('#expiry-label')!.textContent = text.expiry;
    form.querySelector('#expiry-hint')!.textContent = text.expiryHint;
    form.querySelector('#cvc-label')!.textContent = text.cvc;
    form.querySelector('#cvc-hint')!.textContent = text.cvcHint;
    const error = form.querySelector<HTMLElement>('#number-error')!;
    error.hidden = false;
    error.textContent = text.errors.number_invalid;
    form.querySelector('#number')!.setAttribute('aria-invalid', 'true');
    const container = await fixture(`<div lang="fr"></div>`);
    container.append(document.importNode(form, true));
    for (const id of ['number', 'expiry', 'cvc']) {
      const input = container.querySelector<HTMLInputElement>(`#${id}`)!;
      equal(input.labels?.[0]?.textContent, text[id as 'number' | 'expiry' | 'cvc']);
      equal(input.inputMode, 'numeric');
    }
    await expectNoAxeViolations(container);
  });
});
