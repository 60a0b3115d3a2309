import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CaseMessage } from '../types.js';
import { heading, submitButton } from '../../internal/case-views.js';

export interface ThreadOptions {
  readonly translator: Translator;
  readonly level: number;
  readonly messages: readonly CaseMessage[];
  readonly canMessage: boolean;
  readonly answersInfoRequest: boolean;
  readonly busy: boolean;
  readonly draft: string;
  readonly emptyError: boolean;
  readonly onDraftInput: (event: Event) => void;
  readonly onSend: (event: Event) => void;
}

const AUTHOR_KEY = {
  buyer: 'mediation.thread.you',
  seller: 'mediation.thread.seller',
  agent: 'mediation.thread.agent',
  system: 'mediation.thread.system',
} as const;

function renderMessage(translator: Translator, message: CaseMessage) {
  const { t } = translator;
  return html`<li class="message" part="message" data-author=${message.author}>
    <p class="message-meta">
      <strong>${t(AUTHOR_KEY[message.author] ?? 'mediation.thread.system')}</strong> ·
      <time datetime=${message.at}>${translator.date(message.at, { dateStyle: 'medium', timeStyle: 'short' })}</time>
    </p>
    <p class="message-body">${message.body}</p>
    ${
      message.attachments.length > 0
        ? html`<ul class="files">
            ${message.attachments.map(
              (file) =>
                html`<li>
                  ${
                    file.url
                      ? html`<a href=${file.url} target="_blank" rel="noopener"
                          >${t('mediation.thread.attachment', { file: file.name })}</a
                        >`
                      : t('mediation.thread.attachment', { file: file.name })
                  }
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </li>`;
}

/** The mediation thread, oldest first, and the box to write to the seller (and the team, once escalated). */
export function renderThread(options: ThreadOptions) {
  const { translator, messages, level } = options;
  const { t } = translator;
  return html`<section part="thread" class="section">
    ${heading(level + 1, 'thread-heading', t('mediation.thread.heading'))}
    ${
      messages.length === 0
        ? html`<p class="muted">${t('mediation.thread.empty')}</p>`
        : html`<ol class="thread">
            ${messages.map((message) => renderMessage(translator, message))}
          </ol>`
    }
    ${
      options.canMessage
        ? html`<form class="stack" part="composer" novalidate @submit=${options.onSend}>
            <label class="label" for="message">${t('mediation.thread.compose')}</label>
            ${
              options.emptyError
                ? html`<p id="message-error" class="field-error">${t('mediation.thread.empty_message')}</p>`
                : nothing
            }
            <textarea
              id="message"
              name="message"
              maxlength="4000"
              aria-invalid=${options.emptyError ? 'true' : 'false'}
              aria-describedby=${ifDefined(options.emptyError ? 'message-error' : undefined)}
              .value=${options.draft}
              @input=${options.onDraftInput}
            ></textarea>
            <div class="actions">
              ${submitButton({
                label: options.busy
                  ? t('mediation.thread.sending')
                  : options.answersInfoRequest
                    ? t('mediation.info.answer')
                    : t('mediation.thread.send'),
                part: 'send-button',
                busy: options.busy,
                kind: 'secondary',
              })}
            </div>
          </form>`
        : nothing
    }
  </section>`;
}
