import type { Translator } from '@txassist/sdk/i18n';
import { html, type ReactiveControllerHost } from 'lit';
import type { StaticValue } from 'lit/static-html.js';
import { adoptLazyStyles, LazyView } from '../internal/lazy-view.js';
import type { TrackerClient } from '../internal/tracker-client.js';
import type { GuestLookupController } from './guest-lookup.js';
import { skeleton, type View } from './tracker-view.js';

type GuestChunk = typeof import('./guest-chunk.js');

/**
 * The tracker's secondary views, each a chunk of its own that its first render does not need: the guest
 * lookup form (with its flow) and the parcel cards with their timelines and styles. Each loads when the
 * view asks for it (or, for the parcels, with the order's data); until then the tracker shows placeholders.
 */
export class TrackerLazyViews {
  readonly guest: LazyView<GuestChunk>;
  readonly shipments: LazyView<typeof import('./shipments-chunk.js')>;
  /** The guest lookup flow, once its chunk is there. */
  guestFlow: GuestLookupController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** For the guest flow: after a failed submit focus goes to the form's error summary. */
    private readonly focusSummary: () => void,
    /** For the guest flow: the lookup found the order. */
    private readonly onFound: (orderId: string) => void,
  ) {
    this.guest = new LazyView(host, () => import('./guest-chunk.js'));
    this.shipments = new LazyView(host, () => import('./shipments-chunk.js'));
  }

  /** Before a render: loads what `view` shows, and sets up what a loaded chunk brought. */
  prepare(view: View): void {
    if (view.kind === 'guest') void this.guest.load();
    if (view.kind === 'loaded' && view.shipments) void this.shipments.load();
    const guest = this.guest.module;
    if (guest) this.guestFlow ??= new guest.GuestLookupController(this.host, this.focusSummary, this.onFound);
    const shipments = this.shipments.module;
    if (shipments) adoptLazyStyles(this.host.shadowRoot ?? undefined, shipments.shipmentStyles);
  }

  /** The guest lookup form, or a placeholder while its chunk loads. */
  renderGuest(translator: Translator, heading: StaticValue, client: () => TrackerClient | undefined) {
    const [chunk, flow] = [this.guest.module, this.guestFlow];
    if (!chunk || !flow) return html`<div class="guest-loading" aria-busy="true">${skeleton}</div>`;
    return chunk.renderGuestForm(flow.state, translator, heading, {
      onInput: flow.input,
      onSubmit: () => void flow.submit(client()),
    });
  }

  /** `updateComplete` that also waits for a chunk in flight and the render that shows it. */
  async settled(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let complete = await updateComplete();
    for (let chunks = this.#pending(); chunks; chunks = this.#pending()) {
      await chunks;
      complete = await updateComplete();
    }
    return complete;
  }

  #pending(): Promise<unknown> | undefined {
    const pending = [this.guest.pending, this.shipments.pending].filter(Boolean);
    return pending.length ? Promise.all(pending) : undefined;
  }
}
