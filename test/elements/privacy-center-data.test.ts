// The privacy center: "Download my data", "Delete my data", and every flow with the keyboard alone.
import { sendKeys } from '@web/test-runner-commands';
import type { TxConsentChangeEvent } from '../../packages/elements/src/events/consent-change.js';
import type { TxDataErasedEvent } from '../../packages/elements/src/events/data-erased.js';
import type { TxDataExportReadyEvent } from '../../packages/elements/src/events/data-export-ready.js';
import { assert, deepEqual, equal, includes, notIncludes, rejects } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { deepActiveElement, fixture, nextEvent, textOf, waitUntil } from '../browser-support/dom.js';
import {
  consentSwitch,
  buyerWithOpenOrders,
  exportButton,
  freshBuyer,
  grantedIn,
  loaded,
  mountLoaded,
  preferenceBox,
  privacyCenterHooks,
  q,
  standalone,
  statusRegion,
} from '../browser-support/privacy-center.js';
import { createOrder } from '../browser-support/tx-api.js';

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
  privacyCenterHooks();

  describe('download my data', () => {
    it('shows progress, fires tx-data-export-ready, saves the JSON once, then says it is downloaded', async function () {
      this.timeout(40_000);
      const { buyer, orders } = await buyerWithOpenOrders();
      // Someone else's order, which the file must not carry.
      const other = await freshBuyer();
      const othersOrder = await createOrder(other.id);
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
        equal(file.buyer.id, buyer.id, "the buyer's own data");
        for (const order of orders) includes(JSON.stringify(file), order.number, `with order ${order.number}`);
        notIncludes(JSON.stringify(file), other.email, 'nothing of the other buyer');
        notIncludes(JSON.stringify(file), othersOrder.number, 'nor of their order');

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
    it('for a buyer with open orders, shows what blocks erasure with the next step, and what would be removed and kept', async () => {
      const { buyer, orders } = await buyerWithOpenOrders();
      const preview = await buyer.sdk.privacy.erasure.preview();
      const blocker = preview.blockers.find((b) => b.code === 'open_orders');
      deepEqual(
        [...(blocker?.records ?? [])].sort(),
        orders.map((order) => order.id).sort(),
        'the open orders block erasure',
      );
      assert(blocker, 'an open_orders blocker');
      const element = await mountLoaded(buyer.token);
      const blockers = q(element, '.blockers')!;
      includes(textOf(blockers), 'You can’t delete your data yet', 'heading');
      includes(
        textOf(blockers),
        `You have ${blocker.records.length} orders that aren’t finished yet.`,
        'the explanation counts them',
      );
      includes(
        textOf(blockers),
        'Cancel the orders that offer it, or wait until they are delivered, then come back here.',
        'next step',
      );
      for (const order of orders) includes(textOf(blockers), order.number, `lists ${order.number}`);
      for (const order of orders) notIncludes(textOf(blockers), order.id, `not by its internal id ${order.id}`);
      equal(q(element, '[part="erase-button"]'), null, 'no delete button while blocked');
      for (const { description } of preview.removed)
        includes(textOf(q(element, '.erasure-lists')), description, 'what is removed');
      for (const { record, reason } of preview.kept) {
        includes(textOf(q(element, '.kept')), record, 'what is kept');
        includes(textOf(q(element, '.kept')), reason, 'and why');
      }
      await expectNoAxeViolations(element);
    });

    it('shows what blocks erasure and the confirmation in the language asked for (their words load with them)', async () => {
      const { buyer } = await buyerWithOpenOrders();
      const element = await standalone(buyer.token);
      element.locale = 'de';
      await fixture(element);
      await waitUntil(
        () => textOf(q(element, '#blockers-heading')) === 'Du kannst deine Daten noch nicht löschen',
        'the blockers heading in German',
      );
      await expectNoAxeViolations(element);

      const other = await standalone((await freshBuyer()).token);
      other.locale = 'de';
      await fixture(other);
      const trigger = await waitUntil(() => q<HTMLButtonElement>(other, '[part="erase-button"]'), 'the delete button');
      trigger.click();
      await waitUntil(() => deepActiveElement() === q(other, '#confirm-heading'), 'focus moves to the confirmation');
      equal(textOf(q(other, '#confirm-heading')), 'Deine Daten endgültig löschen?', 'its heading in German');
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
});
