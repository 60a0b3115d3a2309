import type { InboxNotification } from '@txassist/contract/types';
import type { ReactiveControllerHost } from 'lit';
import { describeFailure } from '../internal/failure.js';
import type { HubClient } from './client.js';
import { fetchInbox } from './loaders.js';
import { PagedController } from './paged.js';
import type { Failure } from './state.js';

/** The inbox: its pages, the unread count (from the API, kept in step when a message is read) and marking read. */
export class InboxController extends PagedController<InboxNotification> {
  /** Unread messages in all; `undefined` until the inbox has loaded. */
  unread: number | undefined;
  /** Messages being marked read. */
  marking: ReadonlySet<string> = new Set();
  markFailure: Failure | undefined;
  readonly #update: () => void;

  constructor(host: ReactiveControllerHost, pageSize: () => number) {
    super(host, async (client, cursor, signal) => {
      const { page, unread } = await fetchInbox(client, pageSize(), cursor, signal);
      this.unread = unread;
      return page;
    });
    this.#update = () => host.requestUpdate();
  }

  /** Marks one message read; resolves with whether it worked. */
  async markRead(client: HubClient, notification: InboxNotification): Promise<boolean> {
    if (notification.read_at !== null || this.marking.has(notification.id)) return false;
    this.marking = new Set(this.marking).add(notification.id);
    this.markFailure = undefined;
    this.#update();
    try {
      this.replace(await client.notifications.markRead(notification.id));
      this.unread = Math.max((this.unread ?? 1) - 1, 0);
      return true;
    } catch (error) {
      this.markFailure = describeFailure(error);
      return false;
    } finally {
      const marking = new Set(this.marking);
      marking.delete(notification.id);
      this.marking = marking;
      this.#update();
    }
  }
}
