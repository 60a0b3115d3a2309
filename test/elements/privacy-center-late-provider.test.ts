// Its own test file, so its own page: here `tx-privacy-center` is defined before `tx-provider` exists,
// as happens when a page loads the two define modules separately and out of order.
import '../../packages/elements/src/privacy-center/define.js';
import { equal, includes } from '../browser-support/assert.js';
import { cleanupFixtures, fixture, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { apiConfig, freshBuyer } from '../browser-support/tx-api.js';

describe('tx-privacy-center inside a tx-provider defined later', () => {
  afterEach(cleanupFixtures);

  it('waits for the provider, then loads with its client, or says the page is not set up', async () => {
    equal(customElements.get('tx-provider'), undefined, 'tx-provider is not defined yet');
    const { apiBase, publishableKey } = await apiConfig();
    const { token } = await freshBuyer('wtr-privacy-late-provider');
    const container = await fixture(
      `<div>
        <tx-provider api-base="${apiBase}" publishable-key="${publishableKey}" session-token="${token}" locale="en">
          <tx-privacy-center id="configured"></tx-privacy-center>
        </tx-provider>
        <tx-provider locale="en"><tx-privacy-center id="unconfigured"></tx-privacy-center></tx-provider>
      </div>`,
    );
    const configured = container.querySelector('#configured')!;
    const unconfigured = container.querySelector('#unconfigured')!;
    for (const element of [configured, unconfigured]) {
      equal(
        textOf(shadowQuery(element, '#consents-error')),
        '',
        'no "not set up" error while the provider is undefined',
      );
    }

    await import('../../packages/elements/src/provider/define.js');
    await waitUntil(
      () => shadowQuery(configured, '#consent-notifications_email'),
      'the privacy center loads through the provider',
    );
    const message = await waitUntil(
      () => textOf(shadowQuery(unconfigured, '#consents-error')),
      'a provider without settings is reported',
    );
    includes(message, 'Error code: not_configured', 'the code to quote');
  });
});
