import type { Feedback } from '@txassist/contract/types';
import { FEEDBACK_LIMITS } from '@txassist/contract/values';
import { createFeedbackResource, type MutationOptions, type SendFeedbackInput } from '@txassist/sdk';
import { CORE } from '@txassist/sdk/i18n';
import { css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { FEEDBACK } from '../../i18n/catalogs/feedback/en.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { caseStyles } from '../../theme/case.styles.js';
import { themeStyles } from '../../theme/theme.styles.js';
import { clientFromSettings, type ClientSettings } from '../client.js';
import { TxElement } from '../tx-element.js';

/** The one call the prompt makes. The SDK's `TxClient` fits it; stories pass a fake of the same shape. */
export interface FeedbackClient {
  readonly feedback: {
    send(input: SendFeedbackInput, options?: MutationOptions): Promise<Feedback>;
  };
}

export const isFeedbackClient = (client: unknown): client is FeedbackClient =>
  typeof (client as Partial<FeedbackClient> | undefined)?.feedback?.send === 'function';

export type RatingPromptPhase = 'ask' | 'sending' | 'thanks' | 'failed';

const RATINGS = [1, 2, 3, 4, 5] as const;

/**
 * The 1–5 rating prompt with an optional comment, shown when a refund request or dispute is resolved
 * or a support conversation closes. Internal: elements load it with `import()` when they show it.
 * One idempotency key per answer, so a retried send never stores twice; sending again replaces.
 *
 * @internal
 */
export class TxRatingPrompt extends TxElement<FeedbackClient> {
  static override styles = [
    themeStyles,
    caseStyles,
    css`
      .ratings {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space) calc(var(--_space) * 2);
      }
      .thanks:focus {
        outline: none;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    ...TxElement.properties,
    subject: { attribute: false },
    host: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    phase: { state: true },
    rating: { state: true },
    alert: { state: true },
  };

  /** What is rated: `case` (a refund request or dispute) or `conversation`, and its id. */
  declare subject: { type: 'case' | 'conversation'; id: string };
  /** The element showing the prompt: its client settings (`client`, `api-base`, keys, `locale`, `theme`) are used. */
  declare host: TxElement<unknown> | undefined;
  declare headingLevel: number;
  /** Where the prompt is: asking, sending, thanked, or the send failed (the answers stay). */
  declare phase: RatingPromptPhase;
  declare rating: number | undefined;
  declare alert: string;

  readonly #i18n = new LocaleController(this, () => this.localeChoices(), [CORE, FEEDBACK]);
  #key = crypto.randomUUID();
  #comment = '';

  constructor() {
    super();
    this.subject = { type: 'case', id: '' };
    this.host = undefined;
    this.headingLevel = 3;
    this.phase = 'ask';
    this.rating = undefined;
    this.alert = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const host = this.host;
    if (changed.has('host') && host) {
      const client = host.client;
      this.client = isFeedbackClient(client) ? client : undefined;
      this.apiBase = host.apiBase;
      this.publishableKey = host.publishableKey;
      this.sessionToken = host.sessionToken;
      this.getSessionToken = host.getSessionToken;
      this.locale = host.locale;
      this.theme = host.theme;
    }
    super.willUpdate(changed);
  }

  protected override clientFromSettings(settings: ClientSettings): FeedbackClient | undefined {
    return clientFromSettings(settings, { feedback: createFeedbackResource });
  }

  protected override fitsClient(client: unknown): client is FeedbackClient {
    return isFeedbackClient(client);
  }

  #choose(rating: number): void {
    this.rating = rating;
    this.alert = '';
    this.#key = crypto.randomUUID(); // a changed answer is a new request
  }

  async #send(event: Event): Promise<void> {
    event.preventDefault();
    const { t } = this.#i18n.translator;
    if (this.phase === 'sending') return;
    if (this.rating === undefined) {
      this.alert = t('feedback.rating_required');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('input[name="rating"]')?.focus();
      return;
    }
    const client = this.resolveClient();
    this.phase = 'sending';
    this.alert = '';
    try {
      if (!client) throw new Error('no client');
      const comment = this.#comment.trim();
      await client.feedback.send(
        { subject: this.subject, rating: this.rating, ...(comment && { comment }) },
        { idempotencyKey: this.#key },
      );
      this.phase = 'thanks';
      await this.updateComplete;
      // The form (and the button that had focus) is gone: focus moves to the thanks, read once.
      this.renderRoot.querySelector<HTMLElement>('.thanks')?.focus();
    } catch {
      this.phase = 'failed';
      this.alert = t('feedback.failed');
    }
  }

  protected override render(): TemplateResult {
    const translator = this.#i18n.translator;
    const { t } = translator;
    const level = Math.min(Math.max(Number.isInteger(this.headingLevel) ? this.headingLevel : 3, 1), 6);
    const heading = html`<div role="heading" aria-level=${level} id="rating-heading" class="label">
      ${t('feedback.heading')}
    </div>`;
    const sending = this.phase === 'sending';
    return html`<section part="base" class="base theme" lang=${translator.locale} data-theme=${this.colorScheme}>
      ${heading}
      <p class="visually-hidden" role="status" aria-live="polite">${sending ? t('feedback.sending') : ''}</p>
      ${
        this.phase === 'thanks'
          ? html`<p part="thanks" class="thanks" tabindex="-1">${t('feedback.thanks')}</p>`
          : html`<form part="form" novalidate @submit=${(event: Event) => void this.#send(event)}>
              <fieldset>
                <legend>${t('feedback.legend')}</legend>
                <div class="ratings">
                  ${RATINGS.map(
                    (value) =>
                      html`<label class="choice"
                        ><input
                          type="radio"
                          name="rating"
                          .value=${String(value)}
                          .checked=${this.rating === value}
                          aria-describedby=${this.alert ? 'rating-alert' : nothing}
                          @change=${() => this.#choose(value)}
                        /><span>${t(`feedback.rating.${value}`)}</span></label
                      >`,
                  )}
                </div>
              </fieldset>
              <p id="rating-alert" class="field-error" role="alert">${this.alert}</p>
              <label class="label" for="comment">${t('feedback.comment')}</label>
              <textarea
                id="comment"
                part="comment"
                maxlength=${FEEDBACK_LIMITS.commentMaxLength}
                aria-describedby="comment-hint"
                .value=${this.#comment}
                @input=${(event: Event) => {
                  this.#comment = (event.target as HTMLTextAreaElement).value;
                  this.#key = crypto.randomUUID();
                }}
              ></textarea>
              <p id="comment-hint" class="muted">
                ${t('feedback.comment_hint', { max: translator.number(FEEDBACK_LIMITS.commentMaxLength) })}
              </p>
              <div class="actions">
                <button
                  part="send-button"
                  class="button primary"
                  type="submit"
                  aria-disabled=${sending ? 'true' : 'false'}
                >
                  ${t('feedback.send')}
                </button>
              </div>
            </form>`
      }
    </section>`;
  }
}
