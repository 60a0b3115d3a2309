import type { ReactiveControllerHost } from 'lit';
import { describeFailure, isAbort } from '../internal/failure.js';
import type { HubClient } from './client.js';
import { idleList, type Paged, type PagedList, type Section } from './state.js';

/** Fetches one page: the first when `cursor` is null. */
export type PageFetcher<T> = (client: HubClient, cursor: string | null, signal: AbortSignal) => Promise<Paged<T>>;

/**
 * A list the buyer reads page by page (orders, messages): loads the first page, adds the next ones
 * on "Show more", says what failed, and drops answers that arrive after the list was reloaded.
 */
export class PagedController<T extends { readonly id: string }> {
  list: PagedList<T> = idleList();
  readonly #host: ReactiveControllerHost;
  readonly #fetch: PageFetcher<T>;
  #first: AbortController | undefined;
  #more: AbortController | undefined;

  constructor(host: ReactiveControllerHost, fetch: PageFetcher<T>) {
    this.#host = host;
    this.#fetch = fetch;
  }

  get view(): Section<Paged<T>> {
    return this.list.view;
  }

  get busy(): boolean {
    return this.#first !== undefined;
  }

  #set(list: PagedList<T>): void {
    this.list = list;
    this.#host.requestUpdate();
  }

  /** Stops whatever is loading; `view` replaces the list (loading, waiting, not configured). */
  reset(view: Section<never>): void {
    this.abort();
    this.#set({ ...idleList(), view });
  }

  abort(): void {
    this.#first?.abort();
    this.#more?.abort();
    this.#first = this.#more = undefined;
  }

  /** Loads the first page again; resolves with it, or `undefined` when it failed or was superseded. */
  async load(client: HubClient, retrying = false): Promise<Paged<T> | undefined> {
    this.abort();
    const controller = (this.#first = new AbortController());
    const view = this.list.view;
    // Already shown as loading (set before the render that starts the load): nothing to re-render.
    if (view.kind !== 'loading' || this.list.loadingMore) {
      this.#set({
        ...idleList(),
        view: retrying && view.kind === 'error' ? { ...view, retrying } : { kind: 'loading' },
      });
    }
    try {
      const page = await this.#fetch(client, null, controller.signal);
      if (controller.signal.aborted) return undefined;
      this.#set({ ...idleList(), view: { kind: 'loaded', data: page } });
      return page;
    } catch (error) {
      if (isAbort(error, controller.signal)) return undefined;
      this.#set({ ...idleList(), view: { kind: 'error', failure: describeFailure(error), retrying: false } });
      return undefined;
    } finally {
      if (this.#first === controller) this.#first = undefined;
    }
  }

  /** After a failure: the same load, with the Try again button busy meanwhile. */
  reload(client: HubClient): void {
    const view = this.list.view;
    if (view.kind === 'error' && !view.retrying) void this.load(client, true);
  }

  /** Adds the next page; resolves with the index of its first new item (where focus should go). */
  async loadMore(client: HubClient): Promise<number | undefined> {
    const view = this.list.view;
    if (view.kind !== 'loaded' || !view.data.nextCursor || this.list.loadingMore) return undefined;
    const controller = (this.#more = new AbortController());
    this.#set({ ...this.list, loadingMore: true, moreFailure: undefined });
    try {
      const next = await this.#fetch(client, view.data.nextCursor, controller.signal);
      if (controller.signal.aborted || this.list.view !== view) return undefined;
      const seen = new Set(view.data.items.map((item) => item.id));
      const items = [...view.data.items, ...next.items.filter((item) => !seen.has(item.id))];
      this.#set({ ...idleList(), view: { kind: 'loaded', data: { items, nextCursor: next.nextCursor } } });
      return view.data.items.length;
    } catch (error) {
      if (isAbort(error, controller.signal)) return undefined;
      this.#set({ ...this.list, loadingMore: false, moreFailure: describeFailure(error) });
      return undefined;
    } finally {
      if (this.#more === controller) this.#more = undefined;
    }
  }

  /** Replaces one item in place (a message marked read). */
  replace(item: T): void {
    const view = this.list.view;
    if (view.kind !== 'loaded') return;
    const items = view.data.items.map((current) => (current.id === item.id ? item : current));
    this.#set({ ...this.list, view: { kind: 'loaded', data: { ...view.data, items } } });
  }
}
