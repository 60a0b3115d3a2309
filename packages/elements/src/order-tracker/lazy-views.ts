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
  /** The chunks the view being rendered shows (a prefetch for a view still loading is not waited for). */
  #shown: LazyView<unknown>[] = [];

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
    this.#shown = [];
    if (view.kind === 'guest') this.#shown.push(this.guest);
    if (view.kind === 'loaded' && view.shipments) this.#shown.push(this.shipments);
    for (const chunk of this.#shown) void chunk.load();
    const guest = this.guest.module;
    if (guest) this.guestFlow ??= new guest.GuestLookupController(this.host, this.focusSummary, this.onFound);
    // The parcels' and the guest form's styles are one sheet, which comes with either chunk.
    const styles = this.shipments.module?.shipmentStyles ?? this.guest.module?.shipmentStyles;
    if (styles) adoptLazyStyles(this.host.shadowRoot ?? undefined, styles);
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

  /** `updateComplete` that also waits for a chunk the view shows that is in flight, and the render that shows it. */
  async settled(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let complete = await updateComplete();
    for (let chunks = this.#pending(); chunks; chunks = this.#pending()) {
      await chunks;
      complete = await updateComplete();
    }
    return complete;
  }

  #pending(): Promise<unknown> | undefined {
    const pending = this.#shown.map((chunk) => chunk.pending).filter(Boolean);
    return pending.length ? Promise.all(pending) : undefined;
  }
}
