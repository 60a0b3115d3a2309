import { CORE, PAYMENTS } from '@txassist/sdk/i18n';
import { LitElement } from 'lit';
import { LocaleController } from '../../packages/elements/src/i18n/locale-controller.js';
import paymentsDe from '../../packages/sdk/src/i18n/catalogs/payments/de.js';
import { equal } from '../browser-support/assert.js';
import { cleanupFixtures, fixture, waitUntil } from '../browser-support/dom.js';

/**
 * A namespace that comes with a lazily loaded view (the checkout's decline words with its notices, issue
 * 14): added after the first render, it reads in the language shown as soon as `add()` resolves.
 */
class GrowingHost extends LitElement {
  readonly i18n = new LocaleController(this, () => ['de'], [CORE]);
}
customElements.define('tx-test-growing-locale', GrowingHost);

describe('LocaleController.add', () => {
  afterEach(() => cleanupFixtures());

  it('adds a namespace after the first render, in the language shown', async function () {
    this.timeout(30_000);
    const host = await fixture<GrowingHost>(document.createElement('tx-test-growing-locale'));
    await waitUntil(() => host.i18n.translator.locale === 'de', 'the German catalog arrives');
    const key = 'payments.decline.generic_decline';
    equal(host.i18n.translator.t(key), key, 'a namespace not added yet has no words');

    await host.i18n.add([PAYMENTS]);
    equal(host.i18n.translator.t(key), paymentsDe[key], 'the added namespace reads in German at once');
    equal(host.i18n.translator.t('status.delivered.label'), 'Zugestellt', 'the first namespaces still read in German');
  });
});
