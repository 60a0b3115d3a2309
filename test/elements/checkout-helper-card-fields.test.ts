import { CARD_FIELDS_PROTOCOL, type CardFieldsText } from '@txassist/contract';
import { createTranslator, CHECKOUT, CORE, loadCatalog, PAYMENTS } from '@txassist/sdk/i18n';
import { sendKeys } from '@web/test-runner-commands';
import {
  CardFieldsController,
  type CardFieldsSettings,
} from '../../packages/elements/src/checkout-helper/card-fields.js';
import { cardFieldsText } from '../../packages/elements/src/checkout-helper/card-text.js';
import { assert, deepEqual, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, fixture, waitUntil } from '../browser-support/dom.js';
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
  await waitUntil(() => controller.ready, 'the card fields report ready');
  // The frame answers init with its height once it shows the labelled form.
  await waitUntil(() => controller.height > 0, 'the card fields report their height');
  /** Keyboard only: Tab from the button before the frame lands in the card number. */
  const tabIntoFrame = async () => {
    before.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => controller.state.focused === 'number', 'the card number has focus');
  };
  return { controller, frame, host, tabIntoFrame };
}

interface Card {
  readonly number: string;
  readonly expiry: string;
  readonly cvc: string;
}

const year = (offset: number) => String((new Date().getFullYear() + offset) % 100).padStart(2, '0');

/**
 * Types the card with the keyboard (Tab into the frame, type, Tab to the next field) until `entered`
 * holds. Playwright can drop keys typed into a cross-origin (out-of-process) iframe on a loaded
 * machine, which no physical keyboard does: then the fields are emptied and the card typed again.
 */
async function enterCard(
  controller: CardFieldsController,
  tabIntoFrame: () => Promise<void>,
  card: Card,
  entered: (state: CardFieldsController['state']) => boolean,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await tabIntoFrame();
    for (const [index, text] of [card.number, card.expiry, card.cvc].entries()) {
      if (index > 0) await sendKeys({ press: 'Tab' });
      for (const character of text) await sendKeys({ type: character });
    }
    await sendKeys({ press: 'Shift+Tab' }); // leave the CVC, so its error (if any) shows
    const ok = await waitUntil(() => entered(controller.state), 'the card is entered', 3000).then(
      () => true,
      () => false,
    );
    if (ok) return;
    if (attempt === 3) throw new Error(`the card was not entered: ${JSON.stringify(controller.state)}`);
    controller.clear();
    await waitUntil(() => controller.state.fields.number.empty, 'the fields are emptied');
  }
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
    for (let attempt = 1; controller.state.fields.number.error !== null && attempt <= 3; attempt++) {
      await sendKeys({ press: 'Control+a' });
      for (const character of '4000056655665556') await sendKeys({ type: character });
      await waitUntil(() => controller.state.fields.number.error === null, 'the error clears', 3000).catch(() => {});
    }
    equal(controller.state.fields.number.error, null);
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

  it('ignores messages from any window but its own frame, and from any origin but the API', async () => {
    const { controller } = await mountCardFields();
    controllers.push(controller);
    const before = controller.state;
    // Same shape, wrong source (this window) — a page script pretending to be the frame.
    window.postMessage(
      { type: 'tx-card:change', v: CARD_FIELDS_PROTOCOL, state: { ...before, complete: true, brand: 'amex' } },
      location.origin,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    equal(controller.state, before);
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
