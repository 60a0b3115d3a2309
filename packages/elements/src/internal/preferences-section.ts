import { CHANNEL_CONSENT, NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from '@txassist/contract/values';
import type {
  ConsentList,
  NotificationChannel,
  NotificationPreference,
  NotificationPreferences,
} from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { preferenceKey, preferenceLabel, type PreferenceChange, type PreferenceFailure } from './preference-change.js';
import {
  busy,
  preventDefault,
  renderAlert,
  renderFailureText,
  renderRetry,
  renderSectionState,
  sectionHeading,
  type Section,
} from './section-views.js';

/** A channel whose consent is withdrawn sends nothing, whatever its preferences say. */
function channelWithdrawn(
  channel: NotificationChannel,
  preferences: readonly NotificationPreference[],
  consents: Section<ConsentList>,
): boolean {
  const purpose = CHANNEL_CONSENT[channel];
  if (!purpose) return false;
  if (consents.kind === 'loaded') {
    const consent = consents.data.data.find((item) => item.purpose === purpose);
    if (consent) return !consent.granted;
  }
  return preferences.some((item) => item.channel === channel && item.enabled && !item.effective);
}

export interface PreferencesSectionOptions {
  readonly translator: Translator;
  readonly level: number;
  readonly view: Section<NotificationPreferences>;
  /** The consents section's view: a withdrawn channel consent pauses that channel. */
  readonly consents: Section<ConsentList>;
  /** Preferences being saved: `kind:channel` → the value asked for. */
  readonly saving: ReadonlyMap<string, boolean>;
  readonly saveFailure: PreferenceFailure | undefined;
  readonly onChange: (event: Event) => void;
  readonly onRetrySave: (change: PreferenceChange) => void;
  readonly onReload: () => void;
}

export function renderPreferencesSection(options: PreferencesSectionOptions) {
  const { translator, level, view, saving, saveFailure } = options;
  const { t } = translator;
  let alert: unknown = '';
  if (view.kind === 'error' && !view.retrying) alert = renderFailureText(view.failure, translator);
  else if (saveFailure) {
    const label = preferenceLabel(translator, saveFailure.change.kind, saveFailure.change.channel);
    alert = renderFailureText(saveFailure.failure, translator, t('privacy.save_failed', { label }));
  }
  const failedKey = saveFailure && preferenceKey(saveFailure.change.kind, saveFailure.change.channel);
  return html`<section part="section" class="section" aria-busy=${busy(view)}>
    ${sectionHeading(level + 1, 'preferences-heading', t('privacy.preferences.heading'))}
    <p class="section-intro">${t('privacy.preferences.intro')}</p>
    ${renderAlert('preferences-error', alert)}
    ${
      saveFailure?.failure.retryable
        ? renderRetry(t('error.retry'), saving.has(failedKey!), () => options.onRetrySave(saveFailure.change))
        : nothing
    }
    ${
      view.kind === 'loaded'
        ? renderPreferenceTable(view.data.data, options)
        : renderSectionState(view, translator, options.onReload)
    }
  </section>`;
}

function renderPreferenceTable(preferences: readonly NotificationPreference[], options: PreferencesSectionOptions) {
  const { t } = options.translator;
  const channels = NOTIFICATION_CHANNELS.filter((channel) => preferences.some((item) => item.channel === channel));
  const kinds = NOTIFICATION_KINDS.filter((kind) => preferences.some((item) => item.kind === kind));
  const withdrawn = new Set(channels.filter((channel) => channelWithdrawn(channel, preferences, options.consents)));
  return html`<div class="table-wrap">
      <table part="preferences-table" class="preferences">
        <caption class="visually-hidden">
          ${t('privacy.preferences.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="kind-header">
              <span class="visually-hidden">${t('privacy.preferences.kind_header')}</span>
            </th>
            ${channels.map(
              (channel) =>
                html`<th scope="col" data-channel=${channel}>
                  <span class="channel-name">${t(`privacy.channel.${channel}`)}</span>
                  ${
                    withdrawn.has(channel)
                      ? html`<span class="paused"
                          ><span class="pause-icon" aria-hidden="true"></span
                          ><span class="visually-hidden">${t('privacy.preferences.paused')}</span></span
                        >`
                      : nothing
                  }
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${kinds.map(
            (kind) =>
              html`<tr>
                <th scope="row">${t(`privacy.kind.${kind}`)}</th>
                ${channels.map((channel) => {
                  const preference = preferences.find((item) => item.kind === kind && item.channel === channel);
                  return html`<td>
                    ${preference ? renderPreferenceCell(preference, withdrawn.has(channel), options) : nothing}
                  </td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${[...withdrawn].map((channel) => {
      const purpose = CHANNEL_CONSENT[channel]!;
      return html`<p class="note" id=${`channel-${channel}-note`}>
        ${t('privacy.preferences.withdrawn', {
          channel: t(`privacy.channel.${channel}`),
          consent: t(`privacy.consent.${purpose}.label`),
        })}
      </p>`;
    })}`;
}

function renderPreferenceCell(
  preference: NotificationPreference,
  withdrawn: boolean,
  { translator, saving: savingPreferences, onChange }: PreferencesSectionOptions,
) {
  const { kind, channel } = preference;
  const key = preferenceKey(kind, channel);
  const id = `preference-${kind}-${channel}`;
  const saving = savingPreferences.get(key);
  return html`<span class="check" data-paused=${withdrawn ? 'true' : 'false'}>
    <input
      id=${id}
      type="checkbox"
      data-kind=${kind}
      data-channel=${channel}
      .checked=${live(saving ?? preference.enabled)}
      aria-disabled=${ifDefined(saving !== undefined ? 'true' : undefined)}
      aria-describedby=${ifDefined(withdrawn ? `channel-${channel}-note` : undefined)}
      @click=${saving !== undefined ? preventDefault : nothing}
      @change=${onChange}
    />
    <label class="visually-hidden" for=${id}>${preferenceLabel(translator, kind, channel)}</label>
  </span>`;
}
