// The privacy center as a whole: first render, stories, inside tx-provider. Sections: privacy-center-*.test.ts.
import {
  ConsentList,
  DATA_EXPORT_STATUSES,
  DataExport,
  ErasurePreview,
  ErasureResult,
  NotificationPreferences,
} from '@txassist/contract';
import type { PrivacyClient } from '../../packages/elements/src/privacy-center/client.js';
import type { TxPrivacyCenter } from '../../packages/elements/src/privacy-center/privacy-center.js';
import type { TxProvider } from '../../packages/elements/src/provider/provider.js';
import { assert, deepEqual, equal, includes, notIncludes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { fixture, textOf, waitUntil } from '../browser-support/dom.js';
import {
  alertOf,
  consentSwitch,
  exportButton,
  freshBuyer,
  loaded,
  preferenceBox,
  privacyCenterHooks,
  q,
  statusRegion,
} from '../browser-support/privacy-center.js';
import { renderStory, settleStory, storiesOf, type Story } from '../browser-support/stories.js';
import { apiConfig } from '../browser-support/tx-api.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

describe('tx-privacy-center', () => {
  privacyCenterHooks();

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
      equal(textOf(status), '', 'nothing is announced on first render (loading shows as aria-busy)');
      for (const section of ['consents', 'preferences', 'export', 'erasure']) {
        const region = alertOf(element, section);
        equal(region?.getAttribute('role'), 'alert', `${section} has its alert region`);
        equal(textOf(region), '', `${section} alert is empty`);
      }
      equal(
        q(element, 'section:has(#consents-heading)')?.getAttribute('aria-busy'),
        'true',
        'consents are busy while loading',
      );
      await expectNoAxeViolations(element);

      consents.resolve(await buyer.sdk.privacy.consents.list());
      await loaded(element);
      equal(statusRegion(element), status, 'the same live region node is kept');
      equal(textOf(status), '', 'nothing to announce once loaded');
      equal(q(element, 'section:has(#consents-heading)')?.getAttribute('aria-busy'), 'false', 'not busy');
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
        textOf(statusRegion(element)) === '' &&
        q(element, 'section:has(#consents-heading)')?.getAttribute('aria-busy') === 'true',
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
      ErasureBlocked: (element) =>
        q(element, '.blockers') &&
        !q(element, '[part="erase-button"]') &&
        textOf(q(element, '.blockers')).includes('TX-1001') &&
        !textOf(q(element, '.blockers')).includes('ord_story') &&
        q(element, '[part="order-link"]')?.getAttribute('href') === '/orders/TX-1001' &&
        textOf(q(element, '[part="cancel-order-button"]')) === 'Cancel order TX-1001',
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
