import type { Translator } from '@txassist/sdk/i18n';
import type { ReactiveControllerHost } from 'lit';
import type { PrivacyClient } from './client.js';

/** The element the privacy center's controllers update, dispatch their events on, and move focus in. */
export interface PrivacyHost extends ReactiveControllerHost, EventTarget {
  readonly hasUpdated: boolean;
  readonly renderRoot: ParentNode;
}

/** What the controllers share with the element. */
export interface PrivacyContext {
  /** The client the sections were loaded with (`null` before the first update). */
  readonly client: () => PrivacyClient | undefined | null;
  readonly translator: () => Translator;
  /** Aborted when the element leaves the page: ongoing requests then stop updating it. */
  readonly connection: () => AbortSignal;
  /** Says `text` in the polite live region. */
  readonly announce: (text: string) => void;
}
