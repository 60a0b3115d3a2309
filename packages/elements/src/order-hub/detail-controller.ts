import type { Order } from '@txassist/contract/types';
import type { ReactiveControllerHost, ReactiveElement } from 'lit';
import { describeFailure, isAbort } from '../internal/failure.js';
import { fetchCases } from './loaders.js';
import type { HubClient } from './client.js';
import type { DetailActions, DetailState } from './detail-shell.js';
import type { Section } from './state.js';

/** The parts of the detail fetched after the order itself, each loaded and retried on its own. */
type Part = 'shipments' | 'cases';
const PARTS: readonly Part[] = ['shipments', 'cases'];

const loaders = {
  shipments: (client: HubClient, orderId: string, signal: AbortSignal) => client.shipments.list(orderId, { signal }),
  cases: (client: HubClient, orderId: string, signal: AbortSignal) => fetchCases(client, orderId, signal),
} as const;

/**
 * The order shown in detail: the order (already known when chosen from the history, fetched when
 * opened by id or from a message), its shipments and its cases (disputes and refund requests), each
 * loaded and retried on its own.
 */
export class DetailController {
  state: DetailState | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #onLoaded: (order: Order) => void;
  #order: AbortController | undefined;
  #client: HubClient | undefined;
  readonly #parts = new Map<Part, AbortController>();

  constructor(host: ReactiveControllerHost, onLoaded: (order: Order) => void) {
    this.#host = host;
    this.#onLoaded = onLoaded;
  }

  #set(state: DetailState | undefined): void {
    this.state = state;
    this.#host.requestUpdate();
  }

  /** Shows `orderId` (`known`: the order when the hub has it already) and fetches what it lacks. */
  open(client: HubClient | undefined, orderId: string, known: Order | undefined, waiting: Section<never>): void {
    this.show(client, orderId, known, waiting);
    if (client) this.fetch(client);
  }

  /** Shows `orderId` as loading (or `waiting` without a client) without fetching: safe before the first render. */
  show(client: HubClient | undefined, orderId: string, known: Order | undefined, waiting: Section<never>): void {
    this.close();
    this.#client = client;
    const view: Section<Order> = known ? { kind: 'loaded', data: known } : client ? { kind: 'loading' } : waiting;
    const pending: Section<never> = client ? { kind: 'loading' } : waiting;
    const actions: DetailActions = {
      host: this.#host as ReactiveElement,
      client: () => this.#client,
      onCancelled: (order) => this.#cancelled(order),
    };
    this.#set({ orderId, view, shipments: pending, cases: pending, actions });
    if (known) this.#onLoaded(known);
  }

  /** Fetches the order (unless shown already), its shipments and cases; changes nothing until they answer. */
  fetch(client: HubClient): void {
    if (!this.state) return;
    this.#client = client;
    if (this.state.view.kind !== 'loaded') void this.#loadOrder(client);
    for (const part of PARTS) void this.#loadPart(client, part);
  }

  /** The buyer cancelled the order shown: show it as the API answered, and say so. */
  #cancelled(order: Order): void {
    if (this.state?.orderId !== order.id) return;
    this.#set({ ...this.state, view: { kind: 'loaded', data: order } });
    this.#onLoaded(order);
  }

  close(): void {
    this.#order?.abort();
    this.#order = undefined;
    for (const controller of this.#parts.values()) controller.abort();
    this.#parts.clear();
    if (this.state) this.#set(undefined);
  }

  /** Back online: fetches the order again if it failed, else its shipments and cases (they may have changed). */
  refresh(client: HubClient): void {
    if (this.state?.view.kind === 'error') this.retry(client, 'order');
    else if (this.state?.view.kind === 'loaded') for (const part of PARTS) void this.#loadPart(client, part);
  }

  /** Fetches whatever failed again (everything when the order itself failed). */
  retry(client: HubClient, part: 'order' | Part): void {
    const state = this.state;
    if (!state) return;
    const failed = part === 'order' ? state.view : state[part];
    if (failed.kind === 'error' && !failed.retrying) {
      const retrying = { ...failed, retrying: true };
      this.#set(
        part === 'order'
          ? { ...state, view: retrying, shipments: retrying, cases: retrying }
          : { ...state, [part]: retrying },
      );
      if (part === 'order') this.fetch(client);
      else void this.#loadPart(client, part);
    }
  }

  async #loadOrder(client: HubClient): Promise<void> {
    const state = this.state;
    if (!state) return;
    this.#order?.abort();
    const controller = (this.#order = new AbortController());
    try {
      const order = await client.orders.get(state.orderId, { signal: controller.signal });
      if (controller.signal.aborted || !this.state) return;
      this.#set({ ...this.state, view: { kind: 'loaded', data: order } });
      this.#onLoaded(order);
    } catch (error) {
      if (isAbort(error, controller.signal) || !this.state) return;
      const failed = { kind: 'error', failure: describeFailure(error), retrying: false } as const;
      for (const each of this.#parts.values()) each.abort();
      this.#set({ ...this.state, view: failed, shipments: failed, cases: failed });
    }
  }

  async #loadPart(client: HubClient, part: Part): Promise<void> {
    const state = this.state;
    if (!state) return;
    this.#parts.get(part)?.abort();
    const controller = new AbortController();
    this.#parts.set(part, controller);
    try {
      const data = await loaders[part](client, state.orderId, controller.signal);
      if (controller.signal.aborted || !this.state) return;
      this.#set({ ...this.state, [part]: { kind: 'loaded', data } });
    } catch (error) {
      if (isAbort(error, controller.signal) || !this.state) return;
      // The order's own failure says it all (a 404 for the order is a 404 for its shipments and cases).
      if (this.state.view.kind === 'error') return;
      this.#set({ ...this.state, [part]: { kind: 'error', failure: describeFailure(error), retrying: false } });
    }
  }
}
