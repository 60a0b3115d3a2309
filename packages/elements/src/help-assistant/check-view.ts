import type { Translator } from '@txassist/sdk/i18n';
import { html } from 'lit';
import type { ConnectionReport } from './connection-check.js';
import { checkText } from './wording.js';

/** The results of "Check my connection", each in plain words, with "Copy details for support" and "Check again". */
export function renderCheckResults(
  report: ConnectionReport,
  details: string,
  translator: Translator,
  actions: { copy: () => void; again: () => void },
) {
  const { t } = translator;
  return html`<ul part="checks" class="checks">
      ${report.results.map((result) => {
        const state = result.state === 'ok' ? 'ok' : result.state;
        return html`<li part="check" class="check" data-check=${result.name} data-state=${state}>
          <p>
            <span class="check-state"
              >${result.state === 'ok' ? t('assistant.check.ok') : t('assistant.check.problem')}:</span
            >
            ${checkText(result, translator)}
          </p>
        </li>`;
      })}
    </ul>
    <div class="actions">
      <button part="copy-button" class="button primary" type="button" @click=${actions.copy}>
        ${t('assistant.check.copy')}
      </button>
      <button class="button secondary" type="button" @click=${actions.again}>${t('assistant.check.again')}</button>
    </div>
    <p id="details-label">${t('assistant.check.details')}</p>
    <pre part="details" class="details" aria-labelledby="details-label" tabindex="0">${details}</pre>`;
}
