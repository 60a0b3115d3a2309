/**
 * What the case forms' stories (`tx-dispute-form`, `tx-refund-request`) share: steps that wait for the
 * element's content (its data comes from a stand-in client, a moment after the first render), and the
 * states every case form has before its form: eligible, not yet, closed, loading, failed to load.
 */
import type { OrderEligibility } from '@txassist/contract';
import type { ReactiveElement } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { FakeCaseBehaviour } from '../fixtures/case-fakes.js';
import type { Step } from './steps.js';

const started = new WeakSet<Element>();

/**
 * Runs `steps` once per rendered element, after its content is there (a `ref`, so tests that render
 * every story see it too). A story removed before its steps ran (by a test or the docs page) stops.
 */
export function afterCaseRender<E extends ReactiveElement>(steps: readonly Step<E>[] | undefined) {
  return ref((element) => {
    if (!element || !steps?.length || started.has(element)) return;
    started.add(element);
    const host = element as E;
    void (async () => {
      for (const step of steps) {
        await host.updateComplete;
        try {
          await step(host);
        } catch (error) {
          if (!host.isConnected) return;
          throw error;
        }
        await host.updateComplete;
      }
    })();
  });
}

/** The element matching `selector` in `host`'s shadow root, once it is shown (the story is wrong if it never is). */
export async function shownIn<T extends HTMLElement>(host: Element, selector: string): Promise<T> {
  for (let attempt = 0; attempt < 500 && host.isConnected; attempt++) {
    const found = host.shadowRoot?.querySelector<T>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`story step: nothing matches ${selector}`);
}

/** A step that clicks what `selector` matches, once it is shown. */
export const clickShown =
  <E extends ReactiveElement>(selector: string): Step<E> =>
  async (host) =>
    (await shownIn(host, selector)).click();

/** The stand-in client of one case form, for the stories before the form: eligibility and loading. */
type FakeClient<Client> = (behaviour: FakeCaseBehaviour & { eligibility?: OrderEligibility }) => Client;

/** The story of one eligibility state, loading (`hang`) or a load error (`fail`). */
export function eligibilityStory<Client>(fake: FakeClient<Client>, state: OrderEligibility | 'hang' | 'fail') {
  return { args: { client: typeof state === 'string' ? fake({ loads: state }) : fake({ eligibility: state }) } };
}
