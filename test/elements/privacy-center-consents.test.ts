// The privacy center: consents and notification preferences, saved against the reference server.
import type { TxConsentChangeEvent } from '../../packages/elements/src/events/consent-change.js';
import { assert, deepEqual, equal, includes, notIncludes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, nextEvent, textOf, waitUntil } from '../browser-support/dom.js';
import {
  alertOf,
  consentSwitch,
  freshBuyer,
  grantedIn,
  mountLoaded,
  preferenceBox,
  privacyCenterHooks,
  q,
  statusRegion,
} from '../browser-support/privacy-center.js';
import { flakyApi } from '../browser-support/tx-api.js';

describe('tx-privacy-center', () => {
  privacyCenterHooks();

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
});
