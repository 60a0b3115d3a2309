/**
 * What assistive technology reads, element by element (docs/accessibility.md#landmark-budget):
 *
 * - the landmark budget, over every story of every element: an element is at most ONE labelled
 *   landmark (a region named after the order or the task), its sections are headings inside it;
 * - ARIA snapshots of each element's main states (Playwright's `ariaSnapshot()`, from fixture data)
 *   compared with the reviewed files in test/aria-snapshots/, so a structural change shows up in
 *   review. `TX_UPDATE_SNAPSHOTS=1` rewrites the files (then read the diff before committing).
 */
import { accessibilityTree } from '../browser-support/a11y-tree.js';
import { assert, equal } from '../browser-support/assert.js';
import { loadAllStories } from '../browser-support/story-checks.js';
import { renderStory, settleStory, type Story } from '../browser-support/stories.js';
import { command } from '../browser-support/tx-api.js';

const LANDMARKS = new Set(['banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'region', 'search']);
const GLOBALS = { locale: 'en', direction: 'auto', theme: 'light' } as const;

/** The states whose accessibility tree is kept as a reviewed file: `<element>-<state>.yml`. */
const SNAPSHOT_STATES: Readonly<Record<string, readonly string[]>> = {
  'tx-order-tracker': ['InTransit', 'SeveralShipments', 'Unpaid', 'Loading', 'NotFound', 'GuestLookup'],
  'tx-checkout-helper': ['Address', 'Payment', 'DeclinedGeneric', 'Challenge', 'Confirmation', 'GuestEmail'],
  'tx-dispute-form': ['Eligible', 'FormErrors', 'CaseSellerOffer', 'CaseDecidedForBuyer'],
  'tx-refund-request': ['Eligible', 'Requested', 'Countered', 'Refunded'],
  'tx-privacy-center': ['Default', 'ExportReady', 'ErasureConfirm'],
  'tx-order-hub': ['History', 'OrderDetail', 'Inbox', 'Preferences'],
  'tx-help-assistant': ['Suggestions', 'PaymentFailed', 'SignIn'],
};

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

async function mount(story: Story): Promise<HTMLElement> {
  const main = await renderStory(story, GLOBALS);
  await settleStory(main, 4);
  return main;
}

/** The element whose shadow root (or page) holds `node`: landmarks are counted per element. */
function ownerOf(node: Element): string {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host.localName : 'page';
}

const { stories } = await loadAllStories();

describe('ARIA: the landmark budget (every story)', function () {
  this.timeout(90_000);
  afterEach(() => document.querySelectorAll('main').forEach((main) => main.remove()));

  for (const story of stories) {
    it(`${story.id}: at most one landmark per element, named`, async () => {
      const main = await mount(story);
      const landmarks = accessibilityTree(main)
        .filter((node) => node.element !== main && LANDMARKS.has(node.role))
        // A section or form without a name is no landmark (ARIA), whatever axe's role for it says.
        .filter((node) => (node.role !== 'region' && node.role !== 'form') || node.name !== '');
      const byOwner = new Map<string, string[]>();
      for (const node of landmarks) {
        const owner = ownerOf(node.element);
        byOwner.set(owner, [...(byOwner.get(owner) ?? []), `${node.role} "${node.name}"`]);
      }
      for (const [owner, found] of byOwner) {
        assert(found.length <= 1, `<${owner}> exposes ${found.length} landmarks: ${found.join(', ')}`);
        assert(!found[0]!.endsWith('""'), `<${owner}>'s landmark has no name: ${found[0]}`);
      }
    });
  }
});

describe('ARIA snapshots (test/aria-snapshots/)', function () {
  this.timeout(90_000);
  afterEach(() => document.querySelectorAll('main').forEach((main) => main.remove()));

  for (const [tag, states] of Object.entries(SNAPSHOT_STATES)) {
    for (const state of states) {
      const name = `${tag.replace(/^tx-/, '')}-${kebab(state)}`;
      it(`${tag} ${state} reads as test/aria-snapshots/${name}.yml`, async () => {
        const story = stories.find((candidate) => candidate.element === tag && candidate.exportName === state);
        assert(story, `no story ${tag}/${state}`);
        const main = await mount(story);
        main.dataset['snapshot'] = name;
        const { actual, expected } = await command<{ actual: string; expected: string | null }>('tx-aria-snapshot', {
          selector: `main[data-snapshot="${name}"] ${tag}`,
          name,
        });
        assert(
          expected !== null,
          `test/aria-snapshots/${name}.yml is missing: run with TX_UPDATE_SNAPSHOTS=1 and review it`,
        );
        equal(
          actual,
          expected,
          `${name}: what assistive technology reads changed (TX_UPDATE_SNAPSHOTS=1 rewrites the file)`,
        );
      });
    }
  }
});
