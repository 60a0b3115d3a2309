import type { Translator } from '@txassist/sdk/i18n';
import { html } from 'lit';
import type { CheckResult, ConnectionReport } from './connection-check.js';

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

/** One check result in plain words (here, in the check's chunk, not in the first render's bytes). */
export function checkText(result: CheckResult, { t, number }: Translator): string {
  switch (result.name) {
    case 'api':
      if (result.state === 'fail') return t('assistant.check.api.fail');
      return t(result.state === 'slow' ? 'assistant.check.api.slow' : 'assistant.check.api.ok', {
        ms: number(result.ms),
      });
    case 'stream':
      return t(result.state === 'ok' ? 'assistant.check.stream.ok' : 'assistant.check.stream.fail');
    case 'storage':
      return t(result.state === 'ok' ? 'assistant.check.storage.ok' : 'assistant.check.storage.fail');
    case 'browser':
      return result.state === 'ok'
        ? t('assistant.check.browser.ok')
        : t('assistant.check.browser.fail', { features: result.missing.join(', ') });
    case 'clock':
      return result.state === 'ok'
        ? t('assistant.check.clock.ok')
        : t('assistant.check.clock.fail', { minutes: number(result.minutes) });
  }
}
