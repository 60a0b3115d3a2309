import type { Suggestion } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import type { Failure } from '../internal/failure.js';
import { renderAlert, renderFailureText, renderRetry } from '../internal/section-views.js';
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

export type SuggestionsView =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly data: readonly Suggestion[] }
  | { readonly kind: 'error'; readonly failure: Failure };

/** What happens on the suggestions panel; a missing handler hides its button. */
export interface SuggestionsHandlers {
  action(suggestion: Suggestion): void;
  retry: (() => void) | undefined;
  check: (() => void) | undefined;
  signIn: (() => void) | undefined;
  person: (() => void) | undefined;
  /** Opens the how-to guides (always offered: they need no session). */
  guides: () => void;
  /** Opens "Transaction failed" (failed payments and address problems). */
  trouble: (() => void) | undefined;
}

/** Below the heading: a load error (with Try again), the suggestions, then "Check my connection" and "Can't sign in". */
export function renderSuggestionsBody(view: SuggestionsView, translator: Translator, on: SuggestionsHandlers) {
  const { t } = translator;
  let body: unknown = nothing;
  if (view.kind === 'loading' || view.kind === 'idle') body = html`<p aria-busy="true">${t('assistant.loading')}</p>`;
  else if (view.kind === 'loaded') body = renderSuggestionList(view.data, translator, on.action);
  const failure = view.kind === 'error' ? view.failure : undefined;
  return html`${renderAlert('load-error', failure && renderFailureText(failure, translator))}
    ${failure?.retryable && on.retry ? renderRetry(t('error.retry'), false, on.retry) : nothing} ${body}
    <div class="actions">
      <button part="guides-button" class="button secondary" type="button" @click=${on.guides}>
        ${t('assistant.guides.button')}
      </button>
      <button part="trouble-button" class="button secondary" type="button" ?hidden=${!on.trouble} @click=${on.trouble}>
        ${t('assistant.trouble.button')}
      </button>
      <button part="check-button" class="button secondary" type="button" ?hidden=${!on.check} @click=${on.check}>
        ${t('assistant.check.button')}
      </button>
      <button part="sign-in-button" class="button secondary" type="button" ?hidden=${!on.signIn} @click=${on.signIn}>
        ${t('assistant.sign_in.button')}
      </button>
      <button part="person-button" class="button secondary" type="button" ?hidden=${!on.person} @click=${on.person}>
        ${t('assistant.person.button')}
      </button>
    </div>`;
}
