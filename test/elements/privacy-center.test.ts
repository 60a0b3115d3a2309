import {
  ConsentList,
  DATA_EXPORT_STATUSES,
  DataExport,
  ErasurePreview,
  ErasureResult,
  NotificationPreferences,
} from '@txassist/contract';
import { createClient, type TxClient } from '@txassist/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/index.js';
import type { TxConsentChangeEvent } from '../../packages/elements/src/events/consent-change.js';
import type { TxDataErasedEvent } from '../../packages/elements/src/events/data-erased.js';
import type { TxDataExportReadyEvent } from '../../packages/elements/src/events/data-export-ready.js';
import type { PrivacyClient } from '../../packages/elements/src/privacy-center/client.js';
import type { TxPrivacyCenter } from '../../packages/elements/src/privacy-center/privacy-center.js';
import type { TxProvider } from '../../packages/elements/src/provider/provider.js';
import { assert, deepEqual, equal, includes, notIncludes, rejects } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import {
  cleanupFixtures,
  deepActiveElement,
  fixture,
  nextEvent,
  shadowQuery,
  textOf,
  waitUntil,
} from '../browser-support/dom.js';
import { watchLitWarnings } from '../browser-support/lit-warnings.js';
import { renderStory, settleStory, storiesOf, type Story } from '../browser-support/stories.js';
import { apiConfig, flakyApi, sessionToken } from '../browser-support/tx-api.js';

interface Buyer {
  token: string;
  /** An SDK client for the same buyer, to check what the element saved. */
  sdk: TxClient;
}

async function buyerFrom(token: string, apiBase?: string): Promise<Buyer> {
  const config = await apiConfig();
  const sdk = createClient({
    apiBase: apiBase ?? config.apiBase,
    publishableKey: config.publishableKey,
    getSessionToken: () => token,
  });
  return { token, sdk };
}

/** A buyer created on first use (no orders, default consents), so tests never share state. */
async function freshBuyer(): Promise<Buyer> {
  const externalId = `wtr-privacy-${crypto.randomUUID()}`;
  const response = await fetch(`/__tx/session?external_id=${externalId}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`session for a fresh buyer: ${response.status} ${await response.text()}`);
  const { token } = (await response.json()) as { token: string };
  return buyerFrom(token);
}

/** Demo buyer 1, who has orders on their way. */
async function demoBuyer(): Promise<Buyer> {
  return buyerFrom(await sessionToken());
}

/** A privacy center configured from attributes alone, like a creator embed. */
async function standalone(token: string, apiBase?: string): Promise<TxPrivacyCenter> {
  const config = await apiConfig();
  const element = document.createElement('tx-privacy-center');
  element.locale = 'en';
  element.setAttribute('api-base', apiBase ?? config.apiBase);
  element.setAttribute('publishable-key', config.publishableKey);
  element.setAttribute('session-token', token);
  return element;
}

const q = <T extends Element = HTMLElement>(element: Element, selector: string) => shadowQuery<T>(element, selector);
const consentSwitch = (element: Element, purpose: string) => q<HTMLInputElement>(element, `#consent-${purpose}`);
const preferenceBox = (element: Element, kind: string, channel: string) =>
  q<HTMLInputElement>(element, `#preference-${kind}-${channel}`);
const statusRegion = (element: Element) => q(element, '[role="status"]');
const alertOf = (element: Element, section: string) => q(element, `#${section}-error`);
const exportButton = (element: Element) => q<HTMLButtonElement>(element, '[part="export-button"]')!;

async function loaded(element: TxPrivacyCenter): Promise<TxPrivacyCenter> {
  await waitUntil(
    () =>
      consentSwitch(element, 'notifications_sms') &&
      q(element, '[part="preferences-table"]') &&
      q(element, '.erasure-lists'),
    'every section is loaded',
  );
  return element;
}

/** Mounts a fresh element for `token` and waits until its sections are loaded. */
async function mountLoaded(token: string, apiBase?: string): Promise<TxPrivacyCenter> {
  return loaded(await fixture<TxPrivacyCenter>(await standalone(token, apiBase)));
}

const grantedIn = (list: ConsentList, purpose: string) => list.data.find((c) => c.purpose === purpose)?.granted;

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

interface CapturedDownload {
  fileName: string;
  text: Promise<string>;
}

/**
 * Catches the file the element saves: its link's `download` name and the Blob behind its object URL
 * (read at once, before the element releases the URL), instead of letting the browser write a file.
 */
function captureDownloads(): { downloads: CapturedDownload[]; restore(): void } {
  const downloads: CapturedDownload[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) return original.call(this);
    downloads.push({ fileName: this.download, text: fetch(this.href).then((response) => response.text()) });
  };
  return {
    downloads,
    restore: () => {
      HTMLAnchorElement.prototype.click = original;
    },
  };
}

/** Presses Tab until `target()` has focus (at most `limit` times). */
async function tabTo(target: () => Element | null, what: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (deepActiveElement() === target() && target()) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what} (focus is on ${deepActiveElement()?.outerHTML.slice(0, 80)})`);
}

describe('tx-privacy-center', () => {
  let litWarnings: ReturnType<typeof watchLitWarnings>;
  before(() => {
    litWarnings = watchLitWarnings();
  });
  after(() => {
    deepEqual(litWarnings.stop(), [], 'Lit dev-mode warnings');
  });
  afterEach(() => cleanupFixtures());

  describe('first render', () => {
    it('has its live regions and busy sections from the first render, before data arrives', async () => {
      const buyer = await freshBuyer();
      const consents = deferred<ConsentList>();
      const client: PrivacyClient = {
        privacy: { ...buyer.sdk.privacy, consents: { ...buyer.sdk.privacy.consents, list: () => consents.promise } },
      };
      const element = document.createElement('tx-privacy-center');
      element.locale = 'en';
      element.client = client;
      await fixture(element);

      const status = statusRegion(element);
      assert(status, 'the status region exists on first render');
      equal(status.getAttribute('aria-live'), 'polite', 'polite');
      equal(textOf(status), 'Loading your privacy settings…', 'loading announcement');
      for (const section of ['consents', 'preferences', 'export', 'erasure']) {
        const region = alertOf(element, section);
        equal(region?.getAttribute('role'), 'alert', `${section} has its alert region`);
        equal(textOf(region), '', `${section} alert is empty`);
      }
      equal(
        q(element, '[aria-labelledby="consents-heading"]')?.getAttribute('aria-busy'),
        'true',
        'consents are busy while loading',
      );
      await expectNoAxeViolations(element);

      consents.resolve(await buyer.sdk.privacy.consents.list());
      await loaded(element);
      equal(statusRegion(element), status, 'the same live region node is kept');
      equal(textOf(status), '', 'nothing to announce once loaded');
      equal(q(element, '[aria-labelledby="consents-heading"]')?.getAttribute('aria-busy'), 'false', 'not busy');
    });

    it('says the page is not set up when it has no api-base, no client and no provider', async () => {
      const element = document.createElement('tx-privacy-center');
      element.locale = 'en';
      await fixture(element);
      includes(textOf(alertOf(element, 'consents')), 'This page is not set up correctly', 'consents');
      includes(textOf(alertOf(element, 'erasure')), 'Error code: not_configured', 'erasure');
      equal(q(element, '[part="retry-button"]'), null, 'no Try again for a configuration problem');
      await expectNoAxeViolations(element);
    });
  });

  describe('consents', () => {
    it('explains every purpose; necessary ones are on, disabled, and say why', async () => {
      const buyer = await freshBuyer();
      const element = await mountLoaded(buyer.token);
      const expected: [string, string, boolean, boolean][] = [
        ['order_processing', 'Processing your orders and payments', true, true],
        ['carrier_address_sharing', 'Sharing your address with the carrier', true, true],
        ['notifications_email', 'Email messages', true, false],
        ['notifications_sms', 'Text messages (SMS)', false, false],
        ['personalisation', 'Personalised suggestions and ads', false, false],
      ];
      for (const [purpose, label, checked, necessary] of expected) {
        const input = consentSwitch(element, purpose)!;
        equal(input.getAttribute('role'), 'switch', `${purpose} is a switch`);
        equal(input.type, 'checkbox', `${purpose} is a real checkbox`);
        equal(textOf(input.labels?.[0]), label, `${purpose} label in the same shadow root`);
        equal(input.checked, checked, `${purpose} on/off`);
        equal(input.disabled, necessary, `${purpose} disabled only when necessary`);
        const description = (input.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => textOf(q(element, `#${id}`)))
          .join(' ');
        assert(description.length > 30, `${purpose} has a plain explanation: "${description}"`);
        if (necessary) includes(description, 'needed to deliver your orders', `${purpose} says why it is on`);
        else notIncludes(description, 'needed to deliver your orders', `${purpose} is the buyer's choice`);
      }
      await expectNoAxeViolations(element);
    });

    it('saves a change at once, announces it, fires tx-consent-change, and a reload shows it', async () => {
      const buyer = await freshBuyer();
      const element = await mountLoaded(buyer.token);
      const changed = nextEvent<TxConsentChangeEvent>(document, 'tx-consent-change');
      const sms = consentSwitch(element, 'notifications_sms')!;
      sms.click();
      await element.updateComplete;
      equal(sms.getAttribute('aria-disabled'), 'true', 'the switch is busy while saving');
      includes(textOf(sms.closest('.consent')), 'Saving…', 'saving is visible');

      const event = await changed;
      equal(event.purpose, 'notifications_sms', 'event purpose');
      equal(event.granted, true, 'event granted');
      equal(grantedIn({ object: 'consent_list', data: [...event.consents] }, 'notifications_sms'), true, 'event list');
      assert(event.bubbles && event.composed, 'tx-consent-change leaves the shadow root');
      await waitUntil(() => textOf(statusRegion(element)) === '“Text messages (SMS)” is now on.', 'it is announced');
      equal(sms.checked, true, 'the switch stays on');
      includes(textOf(sms.closest('.consent')), 'Last changed on', 'the change time shows');
      equal(grantedIn(await buyer.sdk.privacy.consents.list(), 'notifications_sms'), true, 'saved on the server');

      cleanupFixtures();
      const reloaded = await mountLoaded(buyer.token);
      equal(consentSwitch(reloaded, 'notifications_sms')!.checked, true, 'a new page shows it on');
      await expectNoAxeViolations(reloaded);
    });

    it('cannot toggle a necessary consent', async () => {
      const buyer = await freshBuyer();
      const element = await mountLoaded(buyer.token);
      let events = 0;
      element.addEventListener('tx-consent-change', () => (events += 1));
      const necessary = consentSwitch(element, 'order_processing')!;
      necessary.click();
      necessary.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await element.updateComplete;
      equal(necessary.checked, true, 'still on');
      equal(events, 0, 'no change event');
      equal(textOf(statusRegion(element)), '', 'nothing announced');
      equal(
        grantedIn(await buyer.sdk.privacy.consents.list(), 'order_processing'),
        true,
        'still granted on the server',
      );
    });

    it('puts the switch back with an alert when saving fails, and Try again saves it', async () => {
      const buyer = await freshBuyer();
      const network = flakyApi();
      const element = await mountLoaded(buyer.token, network.apiBase);
      await network.setDown(true);
      const sms = consentSwitch(element, 'notifications_sms')!;
      sms.click();
      const message = await waitUntil(() => textOf(alertOf(element, 'consents')), 'the failure is shown', 15_000);
      includes(message, 'We couldn’t save “Text messages (SMS)”, so it is back to how it was.', 'what failed');
      includes(message, 'Check your internet connection', 'next step');
      includes(message, 'Error code: network_error', 'code');
      equal(sms.checked, false, 'the switch is back off');
      await expectNoAxeViolations(element);

      await network.setDown(false);
      const retry = q<HTMLButtonElement>(element, '[part="retry-button"]');
      assert(retry, 'Try again is offered');
      equal(textOf(retry), 'Try again', 'its label');
      const changed = nextEvent<TxConsentChangeEvent>(element, 'tx-consent-change');
      retry.click();
      equal((await changed).granted, true, 'the retry saved it');
      await waitUntil(() => textOf(alertOf(element, 'consents')) === '', 'the alert clears');
      equal(consentSwitch(element, 'notifications_sms')!.checked, true, 'the switch is on');
      equal(q(element, '[part="retry-button"]'), null, 'Try again is gone');
      equal(grantedIn(await buyer.sdk.privacy.consents.list(), 'notifications_sms'), true, 'saved on the server');
    });
  });

  describe('notification preferences', () => {
    it('is a table of kinds by channel with real checkboxes; a change persists', async () => {
      const buyer = await freshBuyer();
      const element = await mountLoaded(buyer.token);
      const table = q<HTMLTableElement>(element, '[part="preferences-table"]')!;
      equal(textOf(table.caption), 'Messages by channel', 'caption');
      deepEqual(
        [...table.querySelectorAll('thead th')].map((th) => `${th.getAttribute('scope')}:${textOf(th)}`),
        ['col:Message', 'col:In the app', 'col:Email', 'col:SMS Paused'],
        'column headers (SMS consent is off by default, so SMS is paused)',
      );
      deepEqual(
        [...table.querySelectorAll('tbody th')].map((th) => `${th.getAttribute('scope')}:${textOf(th)}`),
        ['row:Order updates', 'row:Delivery problems', 'row:Refunds and disputes'],
        'row headers',
      );
      const box = preferenceBox(element, 'order_updates', 'email')!;
      equal(textOf(box.labels?.[0]), 'Order updates: Email', 'each checkbox has its own label');
      equal(box.checked, true, 'email on by default');
      equal(preferenceBox(element, 'order_updates', 'sms')!.checked, false, 'SMS off by default');

      box.click();
      await waitUntil(() => textOf(statusRegion(element)) === '“Order updates: Email” is now off.', 'announced');
      const saved = await buyer.sdk.privacy.preferences.get();
      equal(
        saved.data.find((p) => p.kind === 'order_updates' && p.channel === 'email')?.enabled,
        false,
        'saved on the server',
      );
      cleanupFixtures();
      const reloaded = await mountLoaded(buyer.token);
      equal(preferenceBox(reloaded, 'order_updates', 'email')!.checked, false, 'a new page shows it off');
      equal(preferenceBox(reloaded, 'delivery_problems', 'email')!.checked, true, 'the others are untouched');
      await expectNoAxeViolations(reloaded);
    });

    it('shows a channel whose consent is withdrawn as paused, with the reason', async () => {
      const buyer = await freshBuyer();
      const element = await mountLoaded(buyer.token);
      deepEqual(
        [...element.shadowRoot!.querySelectorAll('th .paused')].map((badge) => badge.closest('th')?.dataset.channel),
        ['sms'],
        'only SMS is paused at first (its consent is off by default)',
      );
      equal(q(element, '#channel-email-note'), null, 'no reason shown for email yet');
      consentSwitch(element, 'notifications_email')!.click();
      const note = await waitUntil(() => q(element, '#channel-email-note'), 'the email column is paused');
      includes(textOf(note), 'Email is paused because “Email messages” is off above.', 'the reason');
      includes(textOf(q(element, 'th[data-channel="email"]')), 'Paused', 'the column header says so');
      equal(q(element, 'th[data-channel="sms"] .paused') !== null, true, 'SMS is paused too (never granted)');
      const box = preferenceBox(element, 'refunds_and_disputes', 'email')!;
      equal(box.checked, true, 'the preference itself is kept');
      includes(box.getAttribute('aria-describedby') ?? '', 'channel-email-note', 'the checkbox points to the reason');
      const saved = await buyer.sdk.privacy.preferences.get();
      equal(saved.data.find((p) => p.channel === 'email')?.effective, false, 'the server agrees: not effective');
      await expectNoAxeViolations(element);
    });
  });

  describe('download my data', () => {
    it('shows progress, fires tx-data-export-ready, saves the JSON once, then says it is downloaded', async function () {
      this.timeout(40_000);
      const buyer = await demoBuyer();
      const { fixtures } = await apiConfig();
      const element = await mountLoaded(buyer.token);
      const capture = captureDownloads();
      try {
        const button = exportButton(element);
        equal(textOf(button), 'Request my data', 'first label');
        const ready = nextEvent<TxDataExportReadyEvent>(element, 'tx-data-export-ready');
        button.click();

        const bar = await waitUntil(() => q<HTMLProgressElement>(element, '#export-progress-bar'), 'a progress bar');
        equal(bar.max, 100, 'out of 100');
        equal(textOf(bar.labels?.[0]), 'Preparing your file', 'the bar has a label');
        equal(button.getAttribute('aria-disabled'), 'true', 'the button waits while preparing');
        equal(textOf(button), 'Preparing your file…', 'and says so');
        includes(textOf(statusRegion(element)), 'We’re preparing your file.', 'the start is announced');
        await expectNoAxeViolations(element);
        const seen: number[] = [];
        const watching = setInterval(() => {
          const value = q<HTMLProgressElement>(element, '#export-progress-bar')?.value;
          if (value !== undefined && value !== seen.at(-1)) seen.push(value);
        }, 10);
        const job = (await ready).dataExport;
        clearInterval(watching);
        equal(job.status, 'ready', 'the event carries the ready job');
        deepEqual(
          seen,
          [...seen].sort((a, b) => a - b),
          'progress never goes back',
        );
        equal(q(element, '#export-progress-bar'), null, 'the bar is gone once ready');

        await waitUntil(() => textOf(button) === 'Download my file', 'the button offers the download');
        equal(button.getAttribute('aria-disabled'), 'false', 'usable');
        includes(textOf(q(element, '.export-message')), 'Your file is ready. Download it before', 'with its expiry');
        includes(textOf(statusRegion(element)), 'Your file is ready to download.', 'announced');

        button.click();
        await waitUntil(() => capture.downloads.length === 1, 'the file is saved');
        const [download] = capture.downloads;
        assert(/^txassist-data-\d{4}-\d{2}-\d{2}\.json$/.test(download!.fileName), `file name ${download!.fileName}`);
        const file = JSON.parse(await download!.text) as { format: string; buyer: { id: string } };
        equal(file.format, 'txassist.data-export.v1', 'the export format');
        equal(file.buyer.id, fixtures.buyers[0]!.id, "the buyer's own data");
        notIncludes(JSON.stringify(file), fixtures.buyers[1]!.email, 'nothing of the other buyer');

        await waitUntil(() => textOf(button) === 'Request a new export', 'a new export is offered');
        includes(textOf(q(element, '.export-message')), 'it can be downloaded only once', 'downloaded state');
        includes(textOf(q(element, '.export-message')), download!.fileName, 'with the file name');
        const again = (await rejects(buyer.sdk.privacy.exports.download(job.id))) as { status?: number; code?: string };
        equal(again.code, 'export_gone', 'the server gives it only once');
        await expectNoAxeViolations(element);
      } finally {
        capture.restore();
      }
    });

    it('a ready job that is gone by the time the buyer downloads says so and offers a new export', async function () {
      this.timeout(30_000);
      const buyer = await freshBuyer();
      const created = await buyer.sdk.privacy.exports.create();
      const ready = await buyer.sdk.privacy.exports.waitUntilReady(created.id, { intervalMs: 50 });
      await buyer.sdk.privacy.exports.download(created.id); // downloaded elsewhere
      const element = await mountLoaded(buyer.token);
      element.exportJob = ready;
      await element.updateComplete;
      const capture = captureDownloads();
      try {
        equal(textOf(exportButton(element)), 'Download my file', 'the stale job looks ready');
        exportButton(element).click();
        await waitUntil(() => textOf(exportButton(element)) === 'Request a new export', 'a new export is offered');
        includes(textOf(q(element, '.export-message')), 'Your file was downloaded', 'it says why');
        equal(capture.downloads.length, 0, 'nothing was saved');
      } finally {
        capture.restore();
      }
    });
  });

  describe('delete my data', () => {
    it('for the demo buyer, shows what blocks erasure with the next step, and what would be removed and kept', async () => {
      const buyer = await demoBuyer();
      const preview = await buyer.sdk.privacy.erasure.preview();
      const blocker = preview.blockers.find((b) => b.code === 'open_orders');
      assert(blocker && blocker.records.length > 1, 'the demo buyer has open orders');
      const element = await mountLoaded(buyer.token);
      const blockers = q(element, '.blockers')!;
      includes(textOf(blockers), 'You can’t delete your data yet', 'heading');
      includes(
        textOf(blockers),
        `You have ${blocker.records.length} orders that aren’t finished yet.`,
        'the explanation counts them',
      );
      includes(textOf(blockers), 'Wait until they are delivered, or cancel them, then come back here.', 'next step');
      for (const record of blocker.records) includes(textOf(blockers), record, `lists ${record}`);
      equal(q(element, '[part="erase-button"]'), null, 'no delete button while blocked');
      for (const { description } of preview.removed)
        includes(textOf(q(element, '.erasure-lists')), description, 'what is removed');
      for (const { record, reason } of preview.kept) {
        includes(textOf(q(element, '.kept')), record, 'what is kept');
        includes(textOf(q(element, '.kept')), reason, 'and why');
      }
      await expectNoAxeViolations(element);
    });

    it('asks for an explicit confirmation, then erases a buyer without open orders', async () => {
      const buyer = await freshBuyer();
      const element = await mountLoaded(buyer.token);
      const trigger = q<HTMLButtonElement>(element, '[part="erase-button"]')!;
      equal(textOf(trigger), 'Delete my data…', 'trigger label');
      trigger.click();
      await waitUntil(() => deepActiveElement() === q(element, '#confirm-heading'), 'focus moves to the confirmation');
      equal(textOf(q(element, '#confirm-heading')), 'Delete your data for good?', 'its heading');
      await expectNoAxeViolations(element);

      const confirm = q<HTMLButtonElement>(element, '[part="confirm-button"]')!;
      confirm.click();
      const box = q<HTMLInputElement>(element, '#erase-understood')!;
      await waitUntil(() => deepActiveElement() === box, 'an unticked box takes the focus');
      equal(box.getAttribute('aria-invalid'), 'true', 'marked invalid');
      equal(textOf(q(element, '#erase-understood-error')), 'Tick the box to confirm that you understand.', 'why');
      equal(textOf(box.labels?.[0]), 'I understand this cannot be undone', 'the box says what it confirms');
      equal((await buyer.sdk.privacy.erasure.preview()).can_erase, true, 'nothing was erased without the tick');
      await expectNoAxeViolations(element);

      box.click();
      await element.updateComplete;
      equal(box.getAttribute('aria-invalid'), 'false', 'valid once ticked');
      equal(textOf(q(element, '#erase-understood-error')), '', 'the message goes');
      const erased = nextEvent<TxDataErasedEvent>(document, 'tx-data-erased');
      confirm.click();
      const event = await erased;
      equal(event.result.status, 'completed', 'tx-data-erased carries the result');
      assert(event.bubbles && event.composed, 'it leaves the shadow root');
      const heading = await waitUntil(() => q(element, '#erased-heading'), 'the completed state');
      equal(textOf(heading), 'Your data has been deleted', 'completed heading');
      await waitUntil(() => deepActiveElement() === heading, 'focus moves to it');
      for (const { reason } of event.result.kept)
        includes(textOf(q(element, '[part="erased"]')), reason, 'what was kept');
      equal(q(element, '[part="export-button"]'), null, 'the other sections are gone');
      const afterwards = (await rejects(buyer.sdk.privacy.consents.list())) as { status?: number };
      equal(afterwards.status, 401, 'the session ended with the data');
      await expectNoAxeViolations(element);
    });

    it('Escape cancels the confirmation, deletes nothing and returns focus to the trigger', async () => {
      const buyer = await freshBuyer();
      const element = await mountLoaded(buyer.token);
      const trigger = q<HTMLButtonElement>(element, '[part="erase-button"]')!;
      trigger.click();
      await waitUntil(() => deepActiveElement() === q(element, '#confirm-heading'), 'the confirmation has focus');
      await sendKeys({ press: 'Tab' });
      equal(deepActiveElement(), q(element, '#erase-understood'), 'Tab reaches the box');
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => q(element, '[part="confirmation"]') === null, 'the confirmation closes');
      await waitUntil(() => deepActiveElement() === trigger, 'focus is back on the trigger');
      equal(textOf(statusRegion(element)), 'Nothing was deleted.', 'announced');
      equal((await buyer.sdk.privacy.erasure.preview()).can_erase, true, 'the data is still there');
      equal(grantedIn(await buyer.sdk.privacy.consents.list(), 'order_processing'), true, 'the session still works');

      trigger.click();
      await waitUntil(() => q<HTMLInputElement>(element, '#erase-understood'), 'reopened');
      equal(q<HTMLInputElement>(element, '#erase-understood')!.checked, false, 'the box starts unticked again');
    });
  });

  describe('keyboard only', () => {
    it('toggles a consent, requests and downloads the export, and erases, without a pointer', async function () {
      this.timeout(60_000);
      const buyer = await freshBuyer();
      const before = document.createElement('button');
      before.textContent = 'Before';
      const element = await standalone(buyer.token);
      const container = document.createElement('div');
      container.append(before, element);
      await fixture(container);
      await loaded(element);
      const capture = captureDownloads();
      try {
        before.focus();
        // Consent: Tab to the SMS switch, Space turns it on.
        await tabTo(() => consentSwitch(element, 'notifications_sms'), 'the SMS switch');
        const changed = nextEvent<TxConsentChangeEvent>(element, 'tx-consent-change');
        await sendKeys({ press: 'Space' });
        equal((await changed).granted, true, 'Space saved the consent');
        equal(deepActiveElement(), consentSwitch(element, 'notifications_sms'), 'focus stays on the switch');

        // Preference: Tab into the table, Space on a checkbox.
        await tabTo(() => preferenceBox(element, 'delivery_problems', 'sms'), 'a preference checkbox');
        await sendKeys({ press: 'Space' });
        await waitUntil(
          () => textOf(statusRegion(element)) === '“Delivery problems: SMS” is now on.',
          'the preference is saved',
        );

        // Export: Enter requests it; focus stays on the same button through every state.
        await tabTo(() => exportButton(element), 'the export button');
        const ready = nextEvent<TxDataExportReadyEvent>(element, 'tx-data-export-ready');
        await sendKeys({ press: 'Enter' });
        await ready;
        await waitUntil(() => textOf(exportButton(element)) === 'Download my file', 'the download is offered');
        equal(deepActiveElement(), exportButton(element), 'focus is still on the button');
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => capture.downloads.length === 1, 'Enter saved the file');
        await waitUntil(() => textOf(exportButton(element)) === 'Request a new export', 'downloaded');

        // Erase: Enter opens the confirmation, Tab + Space ticks, Tab + Enter confirms.
        await tabTo(() => q(element, '[part="erase-button"]'), 'the delete button');
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => deepActiveElement() === q(element, '#confirm-heading'), 'focus on the confirmation');
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Space' });
        equal(q<HTMLInputElement>(element, '#erase-understood')!.checked, true, 'ticked from the keyboard');
        await sendKeys({ press: 'Tab' });
        equal(deepActiveElement(), q(element, '[part="confirm-button"]'), 'Tab reaches the delete button');
        const erased = nextEvent<TxDataErasedEvent>(element, 'tx-data-erased');
        await sendKeys({ press: 'Enter' });
        await erased;
        await waitUntil(() => deepActiveElement() === q(element, '#erased-heading'), 'focus on the result');
      } finally {
        capture.restore();
      }
    });
  });

  describe('stories', () => {
    /** The fixtures belong to the stories project: loaded by URL and checked as unknown data. */
    const FIXTURES_URL = new URL('../../stories/fixtures/privacy.ts', import.meta.url).href;
    interface PrivacyFixtures {
      ALL_PRIVACY_FIXTURES: {
        consents: readonly unknown[];
        preferences: readonly unknown[];
        erasurePreviews: readonly unknown[];
        erasureResults: readonly unknown[];
        exports: readonly { status?: unknown }[];
      };
    }

    it('are built from fixtures valid against the contract schemas', async () => {
      const { ALL_PRIVACY_FIXTURES: all } = (await import(FIXTURES_URL)) as PrivacyFixtures;
      const check = (
        schema: { safeParse(value: unknown): { success: boolean } },
        values: readonly unknown[],
        name: string,
      ) => {
        assert(values.length > 0, `${name} fixtures exist`);
        values.forEach((value, index) => assert(schema.safeParse(value).success, `${name} fixture ${index} is valid`));
      };
      check(ConsentList, all.consents, 'ConsentList');
      check(NotificationPreferences, all.preferences, 'NotificationPreferences');
      check(ErasurePreview, all.erasurePreviews, 'ErasurePreview');
      check(ErasureResult, all.erasureResults, 'ErasureResult');
      check(DataExport, all.exports, 'DataExport');
      const shown = all.exports.map((job) => job.status);
      for (const status of DATA_EXPORT_STATUSES.filter((status) => status !== 'failed'))
        assert(shown.includes(status), `an export story for ${status}`);
    });

    /** What each story must show: the state its name promises, reached without a server. */
    const EXPECTED: Record<string, (element: TxPrivacyCenter) => unknown> = {
      Default: (element) =>
        !consentSwitch(element, 'notifications_sms')!.checked && textOf(exportButton(element)) === 'Request my data',
      SmsGranted: (element) =>
        consentSwitch(element, 'notifications_sms')!.checked && preferenceBox(element, 'order_updates', 'sms')!.checked,
      ChannelWithdrawn: (element) => q(element, '#channel-email-note'),
      Saving: (element) =>
        consentSwitch(element, 'notifications_sms')!.getAttribute('aria-disabled') === 'true' &&
        textOf(consentSwitch(element, 'notifications_sms')!.closest('.consent')).includes('Saving…'),
      SaveError: (element) =>
        textOf(alertOf(element, 'consents')).includes('We couldn’t save “Text messages (SMS)”') &&
        !consentSwitch(element, 'notifications_sms')!.checked &&
        q(element, '[part="retry-button"]'),
      Loading: (element) =>
        textOf(statusRegion(element)) === 'Loading your privacy settings…' &&
        q(element, '[aria-labelledby="consents-heading"]')?.getAttribute('aria-busy') === 'true',
      LoadError: (element) =>
        textOf(alertOf(element, 'consents')).includes('Error code: network_error') &&
        element.shadowRoot!.querySelectorAll('[part="retry-button"]').length === 3,
      ExportQueued: (element) => q<HTMLProgressElement>(element, '#export-progress-bar')?.value === 0,
      ExportRunning: (element) =>
        q<HTMLProgressElement>(element, '#export-progress-bar')?.value === 40 &&
        textOf(q(element, '.progress-value')) === '40%',
      ExportReady: (element) => textOf(exportButton(element)) === 'Download my file',
      ExportDownloaded: (element) =>
        textOf(q(element, '.export-message')).includes('downloaded only once') &&
        textOf(exportButton(element)) === 'Request a new export',
      ExportExpired: (element) => textOf(q(element, '.export-message')).includes('has expired'),
      ErasureBlocked: (element) => q(element, '.blockers') && !q(element, '[part="erase-button"]'),
      ErasureConfirm: (element) =>
        q(element, '[part="confirmation"]') && textOf(q(element, '#erase-understood-error')) === '',
      ErasureConfirmMissingTick: (element) =>
        q(element, '#erase-understood')?.getAttribute('aria-invalid') === 'true' &&
        textOf(q(element, '#erase-understood-error')) !== '',
      Erased: (element) => textOf(q(element, '#erased-heading')) === 'Your data has been deleted',
      PageHeading: (element) => q(element, 'h1[part="heading"]'),
    };

    it('show the state each one is named for', async () => {
      const stories: Story[] = await storiesOf('tx-privacy-center');
      deepEqual(stories.map((story) => story.exportName).sort(), Object.keys(EXPECTED).sort(), 'the stories');
      for (const story of stories) {
        const container = await renderStory(story, { locale: 'en', direction: 'auto', theme: 'auto' });
        await settleStory(container);
        const element = container.querySelector('tx-privacy-center')!;
        await waitUntil(() => EXPECTED[story.exportName]!(element), `${story.id} shows its state`, 5_000);
        container.remove();
      }
    });
  });

  describe('tx-provider', () => {
    it('uses the client and locale the provider shares', async () => {
      const buyer = await freshBuyer();
      const { apiBase, publishableKey } = await apiConfig();
      let tokenRequests = 0;
      const provider = document.createElement('tx-provider') as TxProvider;
      provider.apiBase = apiBase;
      provider.publishableKey = publishableKey;
      provider.locale = 'es';
      provider.getSessionToken = () => {
        tokenRequests += 1;
        return buyer.token;
      };
      const element = document.createElement('tx-privacy-center');
      provider.append(element);
      await fixture(provider);
      await loaded(element);
      await waitUntil(
        () => textOf(q(element, '[part="heading"]')) === 'Privacidad y tus datos',
        'the Spanish catalog loads',
      );
      equal(textOf(consentSwitch(element, 'notifications_sms')!.labels?.[0]), 'Mensajes de texto (SMS)', 'Spanish');
      const lists = textOf(q(element, '.erasure-lists'));
      includes(lists, 'Tu nombre, correo electrónico y teléfono', 'what is removed, in Spanish');
      includes(lists, 'Pedidos y pagos (artículos, importes, fechas)', 'what is kept, in Spanish');
      includes(lists, 'La ley fiscal y contable nos obliga a conservarlos', 'and why, in Spanish');
      notIncludes(lists, 'Your name, email address and phone number', 'not the English fallback');
      notIncludes(lists, 'Tax and accounting law', 'not the English reason');
      equal(tokenRequests, 1, "the provider's client asked for the token once");
      equal(q(element, '[part="base"]')?.getAttribute('lang'), 'es', 'content marked as Spanish');
      await expectNoAxeViolations(element);
    });
  });
});
