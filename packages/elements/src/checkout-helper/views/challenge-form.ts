import type { PaymentIntent } from '@txassist/contract/types';
import type { ChallengeProblem } from '@txassist/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CodeInputProblem } from '../code-input.js';
import { describedBy, heading, type ViewContext } from './shared.js';

export interface ChallengeState {
  readonly intent: PaymentIntent;
  readonly code: string;
  readonly inputProblem: CodeInputProblem | undefined;
  readonly serverProblem: ChallengeProblem | undefined;
  /** Whole seconds until "send a new code" is available (0: now). */
  readonly resendIn: number;
  readonly verifying: boolean;
  readonly resending: boolean;
  /** A new code was sent at the buyer's request (said once, politely). */
  readonly resent: boolean;
}

export interface ChallengeHandlers {
  input(value: string): void;
  submit(): void;
  resend(): void;
}

function problemText(context: ViewContext, state: ChallengeState): string | undefined {
  const { t } = context.i18n;
  if (state.inputProblem) return t(`outcome.challenge.${state.inputProblem}`);
  switch (state.serverProblem) {
    case 'wrong':
      return t('outcome.challenge.wrong');
    case 'expired':
      return t('outcome.challenge.expired');
    case 'locked':
      return t('outcome.challenge.locked');
    case 'too_soon':
      return t('outcome.challenge.resend_wait', { seconds: state.resendIn });
    default:
      return undefined;
  }
}

/** The step-up form's render function: loaded with `import()` (its own chunk) when the review step opens. */
export type ChallengeView = typeof renderChallengeForm;

/**
 * Step-up verification: a one-time code (autofill from the message, paste allowed — WCAG 3.3.8), the
 * attempts left, when it expires, and "send a new code" after its cool-down.
 */
export function renderChallengeForm(
  context: ViewContext,
  state: ChallengeState,
  handlers: ChallengeHandlers,
): TemplateResult {
  const { t, date } = context.i18n;
  const action = state.intent.next_action;
  const details = action?.type === 'verify_code' ? action.verify_code : undefined;
  const problem = problemText(context, state);
  const locked = state.serverProblem === 'locked';
  return html`<section class="notice challenge" part="challenge">
    ${heading(context.headingLevel + 1, 'challenge-heading', t('outcome.challenge.heading'), 'notice-title')}
    ${details ? html`<p>${t('checkout.challenge.intro', { destination: details.destination })}</p>` : nothing}
    <div role="alert" class="field-error" id="challenge-error">${problem ?? ''}</div>
    ${
      locked
        ? nothing
        : html`<form
            novalidate
            @submit=${(event: Event) => {
              event.preventDefault();
              handlers.submit();
            }}
          >
            <div class="field">
              <label for="challenge-code">${t('outcome.challenge.code')}</label>
              <span class="hint" id="challenge-hint"
                >${
                  details
                    ? t('outcome.challenge.code_hint', { time: date(details.expires_at, { timeStyle: 'short' }) })
                    : nothing
                }
                ${
                  details
                    ? html`<span>${t('outcome.challenge.attempts_left', { count: details.attempts_remaining })}</span>`
                    : nothing
                }</span
              >
              <input
                id="challenge-code"
                class="code-input"
                type="text"
                inputmode="numeric"
                autocomplete="one-time-code"
                spellcheck="false"
                .value=${live(state.code)}
                aria-invalid=${problem ? 'true' : 'false'}
                aria-describedby=${describedBy('challenge-hint', problem && 'challenge-error')}
                @input=${(event: Event) => handlers.input((event.target as HTMLInputElement).value)}
              />
            </div>
            <div class="actions">
              <button class="primary" part="verify-button" aria-disabled=${state.verifying ? 'true' : 'false'}>
                ${state.verifying ? t('outcome.challenge.verifying') : t('outcome.challenge.verify')}
              </button>
              <button
                type="button"
                class="link"
                part="resend-button"
                aria-disabled=${state.resendIn > 0 || state.resending ? 'true' : 'false'}
                aria-describedby=${describedBy(state.resendIn > 0 && 'resend-wait')}
                @click=${() => handlers.resend()}
              >
                ${t('outcome.challenge.resend')}
              </button>
            </div>
            ${
              state.resendIn > 0
                ? html`<p class="hint" id="resend-wait">
                    ${t('outcome.challenge.resend_wait', { seconds: state.resendIn })}
                  </p>`
                : nothing
            }
            <p role="status" class="hint">${state.resent ? t('outcome.challenge.resent') : ''}</p>
          </form>`
    }
  </section>`;
}
