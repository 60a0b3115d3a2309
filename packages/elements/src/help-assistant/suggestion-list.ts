import type { Suggestion } from '@txassist/contract';
import type { Translator } from '@txassist/sdk/i18n';
import { html } from 'lit';
import { actionLabel, suggestionText } from './wording.js';

/** The suggestions, each with its one next step (or "no orders yet"). */
export function renderSuggestionList(
  data: readonly Suggestion[],
  translator: Translator,
  onAction: (suggestion: Suggestion) => void,
) {
  const { t } = translator;
  if (data.length === 0) return html`<p>${t('assistant.no_orders')}</p>`;
  // In the server's order: the order the buyer is looking at (`orderId`) first, then most pressing.
  const onlyRecent = data.every((suggestion) => suggestion.code === 'recent_order');
  return html`<p id="list-label">${onlyRecent ? t('assistant.recent_heading') : t('assistant.suggestions_heading')}</p>
    <ul part="suggestions" class="suggestions" aria-labelledby="list-label">
      ${data.map(
        (suggestion) =>
          html`<li part="suggestion" class="suggestion" data-code=${suggestion.code}>
            <p>${suggestionText(suggestion, translator)}</p>
            <button
              part="action"
              class="button ${suggestion.code === 'recent_order' ? 'secondary' : 'primary'}"
              type="button"
              data-action=${suggestion.action.type}
              @click=${() => onAction(suggestion)}
            >
              ${actionLabel(suggestion, translator)}
            </button>
          </li>`,
      )}
    </ul>`;
}
