import type { NotificationChannel, NotificationKind, NotificationPreferences } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import type { ReactiveControllerHost } from 'lit';
import { describeFailure, isAbort, NOT_CONFIGURED } from '../internal/failure.js';
import {
  preferenceKey,
  preferenceLabel,
  type PreferenceChange,
  type PreferenceFailure,
} from '../internal/preference-change.js';
import type { PreferencesSectionOptions } from '../internal/preferences-section.js';
import type { HubClient } from './client.js';
import type { Section } from './state.js';

/**
 * The notification settings tab: the privacy center's preferences table (the same renderer), with
 * its own state and saves. Consents are not shown here, so a paused channel is read from the
 * preferences' `effective` flag.
 */
export class HubPreferences {
  view: Section<NotificationPreferences> = { kind: 'idle' };
  #saving: ReadonlyMap<string, boolean> = new Map();
  #saveFailure: PreferenceFailure | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #client: () => HubClient | undefined | null;
  readonly #announce: (text: string) => void;
  #translator: Translator | undefined;
  #loading: AbortController | undefined;

  constructor(
    host: ReactiveControllerHost,
    client: () => HubClient | undefined | null,
    announce: (text: string) => void,
  ) {
    this.#host = host;
    this.#client = client;
    this.#announce = announce;
  }

  /** Stops the load in flight (the element left the page, or a newer load superseded it). */
  abort(): void {
    this.#loading?.abort();
  }

  reset(view: Section<never>): void {
    this.abort();
    this.view = view;
    this.#saving = new Map();
    this.#saveFailure = undefined;
    this.#host.requestUpdate();
  }

  async load(client: HubClient, retrying = false): Promise<void> {
    this.#loading?.abort();
    const controller = (this.#loading = new AbortController());
    if (!retrying && this.view.kind !== 'loading') {
      this.view = { kind: 'loading' };
      this.#host.requestUpdate();
    }
    try {
      const preferences = await client.privacy.preferences.get({ signal: controller.signal });
      if (controller.signal.aborted) return;
      this.view = { kind: 'loaded', data: preferences };
    } catch (error) {
      if (isAbort(error, controller.signal)) return;
      this.view = { kind: 'error', failure: describeFailure(error), retrying: false };
    } finally {
      if (this.#loading === controller) this.#loading = undefined;
      this.#host.requestUpdate();
    }
  }

  reload(): void {
    const client = this.#client();
    if (this.view.kind !== 'error' || this.view.retrying || !client) return;
    this.view = { ...this.view, retrying: true };
    void this.load(client, true);
  }

  options(translator: Translator, level: number): PreferencesSectionOptions {
    this.#translator = translator;
    return {
      translator,
      level,
      view: this.view,
      consents: { kind: 'idle' },
      saving: this.#saving,
      saveFailure: this.#saveFailure,
      onChange: this.#onChange,
      onRetrySave: (change) => void this.#save(change),
      onReload: () => this.reload(),
    };
  }

  readonly #onChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    void this.#save({
      kind: input.dataset.kind as NotificationKind,
      channel: input.dataset.channel as NotificationChannel,
      enabled: input.checked,
    });
  };

  async #save(change: PreferenceChange): Promise<void> {
    const key = preferenceKey(change.kind, change.channel);
    if (this.#saving.has(key)) return;
    this.#saveFailure = undefined;
    const client = this.#client();
    if (!client) {
      this.#saveFailure = { change, failure: NOT_CONFIGURED };
      this.#host.requestUpdate();
      return;
    }
    this.#saving = new Map(this.#saving).set(key, change.enabled);
    this.#host.requestUpdate();
    try {
      this.view = { kind: 'loaded', data: await client.privacy.preferences.update([change]) };
      const translator = this.#translator;
      if (translator) {
        const label = preferenceLabel(translator, change.kind, change.channel);
        this.#announce(
          change.enabled ? translator.t('privacy.saved_on', { label }) : translator.t('privacy.saved_off', { label }),
        );
      }
    } catch (error) {
      this.#saveFailure = { change, failure: describeFailure(error) };
    } finally {
      const saving = new Map(this.#saving);
      saving.delete(key);
      this.#saving = saving;
      this.#host.requestUpdate();
    }
  }
}
