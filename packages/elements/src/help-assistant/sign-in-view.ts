import { ACCESS_CODE_LIMITS } from '@txassist/contract/values';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { describeFailure, type Failure } from '../internal/failure.js';
import { renderAlert, renderFailureText } from '../internal/section-views.js';
import type { AssistantClient } from './client.js';

type Problem = Failure | 'email_invalid' | 'code_invalid' | undefined;

interface SignInHost {
  requestUpdate(): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CODE = new RegExp(`^\\d{${ACCESS_CODE_LIMITS.codeDigits}}$`);

/**
 * "Can't sign in or find your order?": the buyer's email, then the code emailed to it, exchanged for
 * a session limited to that email's orders at this seller. Loaded with `import()` when opened.
 * The answer to the email step is the same whether or not the email has orders here.
 */
export class SignInFlow {
  step: 'email' | 'code' = 'email';
  email = '';
  code = '';
  busy = false;
  problem: Problem;

  constructor(
    private readonly host: SignInHost,
    /** Signed in: the client now carries the new session. */
    private readonly signedIn: () => void,
  ) {}

  #set(change: Partial<Pick<SignInFlow, 'step' | 'busy' | 'problem' | 'code'>>): void {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  async #focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  async #sendCode(client: AssistantClient): Promise<void> {
    if (this.busy) return;
    const email = this.email.trim();
    if (!EMAIL.test(email)) return this.#set({ problem: 'email_invalid' });
    if (!client.assistant.requestAccessCode) return;
    this.#set({ busy: true, problem: undefined });
    try {
      await client.assistant.requestAccessCode({ email });
      this.#set({ step: 'code', code: '', busy: false });
      void this.#focus('#sign-in-code');
    } catch (error) {
      this.#set({ busy: false, problem: describeFailure(error) });
    }
  }

  async #exchange(client: AssistantClient): Promise<void> {
    if (this.busy) return;
    const code = this.code.trim();
    if (!CODE.test(code)) return this.#set({ problem: 'code_invalid' });
    if (!client.assistant.exchangeAccessCode) return;
    this.#set({ busy: true, problem: undefined });
    try {
      await client.assistant.exchangeAccessCode({ email: this.email.trim(), code });
      this.#set({ step: 'email', code: '', busy: false });
      this.signedIn();
    } catch (error) {
      this.#set({ busy: false, problem: describeFailure(error) });
    }
  }

  #otherEmail(): void {
    this.#set({ step: 'email', code: '', problem: undefined });
    void this.#focus('#sign-in-email');
  }

  render(client: AssistantClient, translator: Translator, lookupHref: string) {
    const { t } = translator;
    const digits = ACCESS_CODE_LIMITS.codeDigits;
    const problem = this.problem;
    const fieldProblem =
      problem === 'email_invalid'
        ? t('assistant.sign_in.email_invalid')
        : problem === 'code_invalid'
          ? t('assistant.sign_in.code_invalid', { digits })
          : undefined;
    const alert = problem && typeof problem === 'object' ? renderFailureText(problem, translator) : fieldProblem;
    const onCode = this.step === 'code';
    const field = onCode
      ? html`<label for="sign-in-code">${t('assistant.sign_in.code')}</label>
          <input
            id="sign-in-code"
            type="text"
            inputmode="numeric"
            autocomplete="one-time-code"
            spellcheck="false"
            .value=${live(this.code)}
            aria-invalid=${fieldProblem ? 'true' : 'false'}
            aria-describedby="sign-in-sent sign-in-error"
            @input=${(event: Event) => (this.code = (event.target as HTMLInputElement).value)}
          />`
      : html`<label for="sign-in-email">${t('assistant.sign_in.email')}</label>
          <input
            id="sign-in-email"
            type="email"
            autocomplete="email"
            spellcheck="false"
            .value=${live(this.email)}
            aria-invalid=${fieldProblem ? 'true' : 'false'}
            aria-describedby="sign-in-intro sign-in-error"
            @input=${(event: Event) => (this.email = (event.target as HTMLInputElement).value)}
          />`;
    return html`${
        onCode
          ? html`<p id="sign-in-sent">
              ${t('assistant.sign_in.sent', {
                email: this.email.trim(),
                digits,
                minutes: ACCESS_CODE_LIMITS.ttlSeconds / 60,
              })}
            </p>`
          : html`<p id="sign-in-intro">${t('assistant.sign_in.intro')}</p>`
      }
      ${renderAlert('sign-in-error', alert)}
      <form
        part="sign-in-form"
        class="sign-in"
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          void (onCode ? this.#exchange(client) : this.#sendCode(client));
        }}
      >
        <div class="field">${field}</div>
        <div class="actions">
          <button part="sign-in-submit" class="button primary" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${onCode ? t('assistant.sign_in.submit') : t('assistant.sign_in.send')}
          </button>
          ${
            onCode
              ? html`<button class="button secondary" type="button" @click=${() => this.#otherEmail()}>
                  ${t('assistant.sign_in.other_email')}
                </button>`
              : nothing
          }
        </div>
      </form>
      ${lookupHref ? html`<p><a part="lookup-link" href=${lookupHref}>${t('assistant.sign_in.lookup')}</a></p>` : nothing}`;
  }
}
