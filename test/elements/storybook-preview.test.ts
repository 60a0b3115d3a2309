// The Storybook preview's manifest-driven wiring (.storybook/element-args.ts) in Chromium: a control that
// a story's render does not bind (`theme`) still reaches the element, and every tx-* event a story's
// element fires is handed to the actions panel's logger.
import '../../packages/elements/src/order-tracker/define.js';
import { applyChangedArgs, logTxEvents, txEvents, type ElementsManifest } from '../../.storybook/element-args.js';
import type { TxOrderTracker } from '../../packages/elements/src/order-tracker/order-tracker.js';
import { assert, deepEqual, equal } from '../browser-support/assert.js';
import { cleanupFixtures, fixture, waitUntil } from '../browser-support/dom.js';
import { apiConfig, createOrder, freshBuyer } from '../browser-support/tx-api.js';

describe('Storybook preview: controls and actions from the manifest', function () {
  this.timeout(90_000);
  afterEach(cleanupFixtures);

  let manifest: ElementsManifest;
  before(async () => {
    manifest = (await (await fetch('/packages/elements/custom-elements.json')).json()) as ElementsManifest;
  });

  it('lists every event of every element for the actions panel', () => {
    const fromManifest = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .flatMap((declaration) => (declaration.events ?? []).map((event) => event.name));
    assert(fromManifest.includes('tx-order-load'), 'the manifest names the tracker events');
    deepEqual(txEvents(manifest), [...new Set(fromManifest)].sort(), 'one entry per event');
  });

  it('a changed control sets the element property, and resetting it restores what the story had', async () => {
    const frame = await fixture(`<div><tx-order-tracker heading-level="3"></tx-order-tracker></div>`);
    const tracker = frame.querySelector<TxOrderTracker>('tx-order-tracker')!;
    const initialArgs = { headingLevel: 3, steps: [] };

    applyChangedArgs(manifest, frame, 'tx-order-tracker', { ...initialArgs, theme: 'dark', steps: ['x'] }, initialArgs);
    equal(tracker.theme, 'dark', 'the theme control reached the property');
    equal(tracker.headingLevel, 3, 'an unchanged arg keeps the story’s value');
    equal('steps' in tracker, false, 'an arg that is not a property is not set');

    applyChangedArgs(manifest, frame, 'tx-order-tracker', { ...initialArgs, theme: 'light' }, initialArgs);
    equal(tracker.theme, 'light', 'a second change');
    applyChangedArgs(manifest, frame, 'tx-order-tracker', initialArgs, initialArgs);
    equal(tracker.theme, undefined, 'reset: back to the story’s value');

    applyChangedArgs(manifest, frame, 'tx-order-tracker', { theme: 'dark' }, { theme: 'dark' });
    equal(tracker.theme, 'dark', 'an arg given in the URL (?args=theme:dark) is part of the initial args and applies');
  });

  it('logs the tx-order-load event a real load fires', async () => {
    const { apiBase, publishableKey } = await apiConfig();
    const buyer = await freshBuyer('wtr-storybook-actions');
    const order = await createOrder(buyer.id);
    const logged: [string, Event][] = [];
    const frame = await fixture(`<div></div>`);
    const stop = logTxEvents(manifest, frame, (name, event) => logged.push([name, event]));
    frame.innerHTML =
      `<tx-order-tracker api-base="${apiBase}" publishable-key="${publishableKey}" ` +
      `session-token="${buyer.token}" order-id="${order.id}"></tx-order-tracker>`;
    const [name, event] = await waitUntil(() => logged[0], 'the load event is logged', 60_000);
    equal(name, 'tx-order-load');
    equal((event as Event & { order: { id: string } }).order.id, order.id, 'with the event itself');
    stop();
  });
});
