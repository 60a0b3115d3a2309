/**
 * The buyer's Display setting as a section (privacy centre) or a view (help assistant): text size
 * 100–200 % and high contrast. A chunk of its own, with its own catalog namespace (`display`). A
 * change applies at once to every txassist element on the page (the live preview) and is announced
 * once in the section's status region.
 */
import { css, html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Translator } from '@txassist/sdk/i18n';
import { DISPLAY } from '../i18n/catalogs/display/en.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { currentDisplay, onDisplayChange, saveDisplay, TEXT_SCALES, type DisplaySettings } from './display-store.js';
import { adoptLazyStyles } from './lazy-view.js';
import { sectionHeading } from './section-views.js';

type Host = ReactiveControllerHost & HTMLElement;

interface ViewState {
  readonly i18n: LocaleController;
  locale: string;
  announcement: string;
}

const states = new WeakMap<Host, ViewState>();

function stateOf(host: Host, locale: string): ViewState {
  let state = states.get(host);
  if (!state) {
    const created: ViewState = {
      i18n: new LocaleController(host, () => [created.locale], [DISPLAY]),
      locale,
      announcement: '',
    };
    state = created;
    states.set(host, state);
    let stop: (() => void) | undefined;
    const follow = { hostConnected: () => (stop ??= onDisplayChange(() => host.requestUpdate())) };
    host.addController({
      ...follow,
      hostDisconnected: () => {
        stop?.();
        stop = undefined;
      },
    });
    if (host.isConnected) follow.hostConnected();
    adoptLazyStyles(host.shadowRoot ?? undefined, displayStyles);
    host.requestUpdate();
  }
  if (state.locale !== locale) {
    state.locale = locale;
    host.requestUpdate();
  }
  return state;
}

/**
 * The section for `host`. `shown`: the host's translator, so the section speaks the same language; `level`: the host's heading level (the section's is one below), or 0 for behind
 * a disclosure ("Text size and contrast", the help assistant's way in) under the host's `headingLevel`.
 * The default export, with positional arguments: the call sits in the hosts' eager bundles.
 */
export default function renderDisplaySection(host: Host, shown: Translator, level: number): TemplateResult {
  const state = stateOf(host, shown.locale);
  const { t, locale: formatLocale } = state.i18n.translator;
  const settings = currentDisplay();
  const percent = new Intl.NumberFormat(formatLocale, { style: 'percent' });
  const change = (next: DisplaySettings) => {
    saveDisplay(next);
    const text = t(next.contrast === 'more' ? 'display.changed_on' : 'display.changed_off', {
      size: percent.format(next.textScale),
    });
    // The same words twice are made different so they are read again.
    state.announcement = text === state.announcement ? `${text}\u00a0` : text;
    host.requestUpdate();
  };
  const section = html`<section part="display" class="section display">
    ${sectionHeading(headingLevel(host, level), 'display-heading', t('display.heading'))}
    <p class="section-intro">${t('display.intro')}</p>
    <fieldset class="display-sizes">
      <legend>${t('display.text_size')}</legend>
      ${TEXT_SCALES.map(
        (scale) =>
          html`<label class="display-choice">
            <input
              type="radio"
              name="tx-display-size"
              .checked=${settings.textScale === scale}
              @change=${() => change({ ...settings, textScale: scale })}
            />
            <span>${percent.format(scale)}</span>
          </label>`,
      )}
    </fieldset>
    <div class="display-contrast">
      <label class="display-choice">
        <input
          type="checkbox"
          aria-describedby="display-contrast-hint"
          .checked=${settings.contrast === 'more'}
          @change=${(event: Event) =>
            change({ ...settings, contrast: (event.target as HTMLInputElement).checked ? 'more' : 'standard' })}
        />
        <span>${t('display.contrast')}</span>
      </label>
      <p id="display-contrast-hint" class="display-hint">${t('display.contrast_hint')}</p>
    </div>
    <p part="display-preview" class="display-preview">${t('display.preview')}</p>
    <p class="visually-hidden" role="status">${state.announcement}</p>
  </section>`;
  if (level) return section;
  return html`<details part="display-disclosure" class="display-disclosure">
    <summary part="display-button" class="button secondary">${t('display.open')}</summary>
    ${section}
  </details>`;
}

/** One below `level`, or below the host's own heading (`headingLevel`), within 2–6. */
function headingLevel(host: Host, level: number): number {
  const wanted = (level || ((host as { headingLevel?: unknown }).headingLevel as number)) + 1;
  return Number.isInteger(wanted) ? Math.min(Math.max(wanted, 2), 6) : 3;
}

const displayStyles = css`
  .display {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }

  .display-sizes {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .display-sizes legend {
    padding: 0;
    margin-block-end: calc(var(--_space) / 2);
    font-weight: var(--_strong);
  }

  .display-choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 1.5rem;
    overflow-wrap: anywhere;
  }

  .display-choice input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }

  .display-disclosure > summary {
    display: flex;
    inline-size: fit-content;
    max-inline-size: 100%;
    list-style: none;
    cursor: pointer;
  }

  .display-disclosure > summary::-webkit-details-marker {
    display: none;
  }

  .display-disclosure[open] > summary {
    margin-block-end: var(--_space);
  }

  .display-hint {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .display-preview {
    margin: 0;
    padding: var(--_space);
    border: var(--_border-width) solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    overflow-wrap: anywhere;
  }
`;
