import { CHANNEL_CONSENT } from '@txassist/contract/values';
import type {
  ConsentList,
  ConsentPurpose,
  NotificationChannel,
  NotificationKind,
  NotificationPreferences,
} from '@txassist/contract/types';
import { TxConsentChangeEvent } from '../events/consent-change.js';
import type { PrivacyClient } from './client.js';
import type { PrivacyContext, PrivacyHost } from './controller-host.js';
import { describeFailure, NOT_CONFIGURED } from '../internal/failure.js';
import type { ConsentFailure } from './sections/consents-section.js';
import {
  preferenceKey,
  preferenceLabel,
  type PreferenceChange,
  type PreferenceFailure,
} from '../internal/preference-change.js';

export interface SavesState {
  /** Consents being saved: purpose → the value asked for. */
  readonly savingConsents: ReadonlyMap<ConsentPurpose, boolean>;
  readonly consentFailure: ConsentFailure | undefined;
  /** Preferences being saved: `kind:channel` → the value asked for. */
  readonly savingPreferences: ReadonlyMap<string, boolean>;
  readonly preferenceFailure: PreferenceFailure | undefined;
}

export interface SavesContext extends PrivacyContext {
  /** Shows the consents the server answered with after a save. */
  readonly showConsents: (consents: ConsentList) => void;
  /** Shows the preferences the server answered with after a save (or after a consent changed them). */
  readonly showPreferences: (preferences: NotificationPreferences) => void;
  /** True when the page gave the preferences (they are then not fetched again). */
  readonly preferencesGiven: () => boolean;
}

/**
 * Saves a consent or a notification preference as soon as the buyer changes it: marks it as saving,
 * announces the result, and on failure puts it back with an alert and a way to try again.
 */
export class SavesController {
  #state: SavesState = {
    savingConsents: new Map(),
    consentFailure: undefined,
    savingPreferences: new Map(),
    preferenceFailure: undefined,
  };
  readonly #host: PrivacyHost;
  readonly #options: SavesContext;

  constructor(host: PrivacyHost, options: SavesContext) {
    this.#host = host;
    this.#options = options;
  }

  get state(): SavesState {
    return this.#state;
  }

  #set(patch: Partial<SavesState>): void {
    this.#state = { ...this.#state, ...patch };
    this.#host.requestUpdate();
  }

  // ---- consents ---------------------------------------------------------------------------

  async saveConsent(purpose: ConsentPurpose, granted: boolean): Promise<void> {
    const { t } = this.#options.translator();
    const client = this.#options.client();
    if (this.#state.savingConsents.has(purpose)) return;
    if (this.#state.consentFailure?.purpose === purpose) this.#set({ consentFailure: undefined });
    if (!client) {
      // Re-rendering puts the switch back: the value on screen is the saved one.
      this.#set({ consentFailure: { purpose, granted, failure: NOT_CONFIGURED } });
      return;
    }
    this.#set({ savingConsents: new Map(this.#state.savingConsents).set(purpose, granted) });
    const connection = this.#options.connection();
    try {
      const consents = await client.privacy.consents.update({ purpose, granted, source: 'privacy_center' });
      if (connection.aborted) return;
      this.#options.showConsents(consents);
      const label = t(`privacy.consent.${purpose}.label`);
      this.#options.announce(granted ? t('privacy.saved_on', { label }) : t('privacy.saved_off', { label }));
      this.#host.dispatchEvent(new TxConsentChangeEvent(purpose, granted, consents.data));
      // Withdrawing or granting a channel's consent changes which preferences are effective.
      if (Object.values(CHANNEL_CONSENT).includes(purpose) && !this.#options.preferencesGiven())
        void this.#refreshPreferences(client);
    } catch (error) {
      if (connection.aborted) return;
      this.#set({ consentFailure: { purpose, granted, failure: describeFailure(error) } });
    } finally {
      const saving = new Map(this.#state.savingConsents);
      saving.delete(purpose);
      this.#set({ savingConsents: saving });
    }
  }

  async #refreshPreferences(client: PrivacyClient): Promise<void> {
    try {
      const preferences = await client.privacy.preferences.get({ signal: this.#options.connection() });
      this.#options.showPreferences(preferences);
    } catch {
      // The table still shows the channel as paused from the consents; the next load corrects the rest.
    }
  }

  readonly onConsentChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    void this.saveConsent(input.dataset.purpose as ConsentPurpose, input.checked);
  };

  // ---- notification preferences ---------------------------------------------------------

  async savePreference(change: PreferenceChange): Promise<void> {
    const { t } = this.#options.translator();
    const key = preferenceKey(change.kind, change.channel);
    const client = this.#options.client();
    if (this.#state.savingPreferences.has(key)) return;
    const failed = this.#state.preferenceFailure?.change;
    if (failed && preferenceKey(failed.kind, failed.channel) === key) this.#set({ preferenceFailure: undefined });
    if (!client) {
      this.#set({ preferenceFailure: { change, failure: NOT_CONFIGURED } });
      return;
    }
    this.#set({ savingPreferences: new Map(this.#state.savingPreferences).set(key, change.enabled) });
    const connection = this.#options.connection();
    try {
      const preferences = await client.privacy.preferences.update([change]);
      if (connection.aborted) return;
      this.#options.showPreferences(preferences);
      const label = preferenceLabel(this.#options.translator(), change.kind, change.channel);
      this.#options.announce(change.enabled ? t('privacy.saved_on', { label }) : t('privacy.saved_off', { label }));
    } catch (error) {
      if (connection.aborted) return;
      this.#set({ preferenceFailure: { change, failure: describeFailure(error) } });
    } finally {
      const saving = new Map(this.#state.savingPreferences);
      saving.delete(key);
      this.#set({ savingPreferences: saving });
    }
  }

  readonly onPreferenceChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    void this.savePreference({
      kind: input.dataset.kind as NotificationKind,
      channel: input.dataset.channel as NotificationChannel,
      enabled: input.checked,
    });
  };
}
