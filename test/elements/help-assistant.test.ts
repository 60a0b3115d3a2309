/**
 * `<tx-help-assistant>` on the real reference server, keyboard only, in English and Arabic: the
 * buyer's suggestions (a parcel in trouble) with its next step as a `tx-assistant-action` event, the
 * connection check's real results and the details for support, the launcher's modal panel (focus to
 * its heading, Escape closes, focus back to the button), and the error state — zero axe violations
 * at every step, no Lit warnings.
 */
import { createClient } from '@txassist/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/help-assistant/define.js';
import type { TxAssistantActionEvent } from '../../packages/elements/src/events/assistant-action.js';
import type { TxHelpAssistant } from '../../packages/elements/src/help-assistant/help-assistant.js';
import { assert, deepEqual, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, deepActiveElement, fixture, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { watchLitWarnings } from '../browser-support/lit-warnings.js';
import { apiConfig, carrierEvent, createOrder, freshBuyer, type TestBuyer } from '../browser-support/tx-api.js';

const q = <T extends Element = HTMLElement>(element: Element, selector: string) => shadowQuery<T>(element, selector);
const shown = (element: Element, selector: string) =>
  waitUntil(() => q(element, selector), `${selector} is shown`, 20_000);
const liveText = (element: Element) => textOf(q(element, '[part="status-message"]'));

async function tabTo(matches: (focused: Element) => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    const focused = deepActiveElement();
    if (focused && matches(focused)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}
const partIs = (part: string) => (focused: Element) => focused.getAttribute('part') === part;

/** A buyer of their own whose one parcel the carrier reports as an exception, once the API has applied it. */
async function buyerWithParcelProblem(): Promise<{ buyer: TestBuyer; orderId: string; orderNumber: string }> {
  const buyer = await freshBuyer('wtr-assistant');
  const order = await createOrder(buyer.id, { steps: ['awaiting_shipment', 'shipment'] });
  assert(order.trackingNumber, 'shipped');
  const response = await carrierEvent({
    id: `wtr-assistant-${crypto.randomUUID()}`,
    tracking_number: order.trackingNumber,
    tag: 'exception',
    message: 'Address label damaged',
    occurred_at: new Date().toISOString(),
  });
  equal(response.status, 202, 'carrier event accepted');
  const { apiBase, publishableKey } = await apiConfig();
  const sdk = createClient({ apiBase, publishableKey, getSessionToken: () => buyer.token });
  for (let attempt = 0; attempt < 100; attempt++) {
    const { data } = await sdk.assistant.suggestions();
    if (data.some((suggestion) => suggestion.code === 'parcel_exception')) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { buyer, orderId: order.id, orderNumber: order.number };
}

async function mount(token: string, locale: string, options: { launcher?: boolean; apiBase?: string } = {}) {
  const config = await apiConfig();
  const element = document.createElement('tx-help-assistant');
  element.locale = locale;
  element.launcher = options.launcher ?? false;
  element.apiBase = options.apiBase ?? config.apiBase;
  element.publishableKey = config.publishableKey;
  element.sessionToken = token;
  return fixture<TxHelpAssistant>(element);
}

const WORDS = {
  en: { problem: 'has a delivery problem', action: 'Report a problem', done: 'Check finished: 5 of 5 fine.' },
  ar: { problem: 'توجد مشكلة في توصيل طرد', action: 'الإبلاغ عن مشكلة', done: 'انتهى الفحص: 5 من 5 سليمة.' },
} as const;

describe('<tx-help-assistant> on the real server', () => {
  let litWarnings: ReturnType<typeof watchLitWarnings>;
  before(() => {
    litWarnings = watchLitWarnings();
  });
  after(() => deepEqual(litWarnings.stop(), [], 'Lit dev-mode warnings'));
  afterEach(() => cleanupFixtures());

  for (const locale of ['en', 'ar'] as const) {
    it(`${locale}: opens on the parcel problem, its next step is an event, the connection check runs — keyboard only`, async function () {
      this.timeout(90_000);
      const words = WORDS[locale];
      const { buyer, orderId, orderNumber } = await buyerWithParcelProblem();
      const element = await mount(buyer.token, locale);
      const suggestion = await shown(element, '[part="suggestion"][data-code="parcel_exception"]');
      await waitUntil(() => textOf(suggestion).includes(words.problem), `the ${locale} catalog is shown`);
      includes(textOf(suggestion), orderNumber);
      equal(liveText(element), '', 'nothing announced on the first render');
      if (locale === 'ar') equal(element.getAttribute('dir'), 'rtl');
      await expectNoAxeViolations(element);

      const actions: TxAssistantActionEvent[] = [];
      element.addEventListener('tx-assistant-action', (event) => actions.push(event));
      element.focus();
      await tabTo(partIs('action'), 'the suggestion’s action');
      equal(textOf(deepActiveElement()), words.action);
      await sendKeys({ press: 'Enter' });
      equal(actions.length, 1);
      equal(actions[0]!.action, 'report_problem');
      equal(actions[0]!.code, 'parcel_exception');
      equal(actions[0]!.orderId, orderId);

      await tabTo(partIs('check-button'), 'Check my connection');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deepActiveElement()?.id === 'heading', 'focus on the check’s heading');
      const checks = await shown(element, '[part="checks"]');
      deepEqual(
        [...checks.querySelectorAll('[part="check"]')].map((check) => [
          check.getAttribute('data-check'),
          check.getAttribute('data-state'),
        ]),
        [
          ['api', 'ok'],
          ['stream', 'ok'],
          ['storage', 'ok'],
          ['browser', 'ok'],
          ['clock', 'ok'],
        ],
      );
      equal(liveText(element), words.done, 'the finished check is announced');
      const details = textOf(q(element, '[part="details"]'));
      includes(details, 'api: ok');
      includes(details, 'request id: req_');
      for (const personal of [buyer.email, buyer.token, orderNumber, orderId])
        assert(!details.includes(personal), `the details for support carry no personal data (${personal})`);
      await expectNoAxeViolations(element);

      await tabTo(partIs('back-button'), 'Back to suggestions');
      await sendKeys({ press: 'Enter' });
      await shown(element, '[part="suggestions"]');
      await waitUntil(() => deepActiveElement()?.id === 'heading', 'focus on the suggestions’ heading');
    });
  }

  it('launcher: a modal panel that takes focus to its heading, closes on Escape and gives focus back', async function () {
    this.timeout(60_000);
    const { buyer } = await buyerWithParcelProblem();
    const element = await mount(buyer.token, 'en', { launcher: true });
    const launcher = await shown(element, '[part="launcher"]');
    equal(q(element, '[part="suggestions"]'), null, 'nothing loaded before it is opened');
    await expectNoAxeViolations(element);
    element.focus();
    await tabTo(partIs('launcher'), 'Get help');
    await sendKeys({ press: 'Enter' });
    const dialog = q<HTMLDialogElement>(element, 'dialog')!;
    await waitUntil(() => dialog.open, 'the panel opens');
    await waitUntil(() => deepActiveElement()?.id === 'heading', 'focus on the panel’s heading');
    await shown(element, '[part="suggestion"][data-code="parcel_exception"]');
    await expectNoAxeViolations(element);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape closes the panel');
    await waitUntil(() => deepActiveElement() === launcher, 'focus back on the launcher');
  });

  it('cannot reach the API: says so with what to do, and Try again', async function () {
    this.timeout(30_000);
    const { unreachableApiBase } = await apiConfig();
    const element = await mount('tok_unused', 'en', { apiBase: unreachableApiBase });
    await waitUntil(() => textOf(q(element, '[part="error"]')), 'the error is shown');
    includes(textOf(q(element, '[part="error"]')), 'Error code: network_error');
    assert(q(element, '[part="retry-button"]'), 'Try again is offered');
    await expectNoAxeViolations(element);
  });
});
