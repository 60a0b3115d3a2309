import type { SupportContextSnapshot, SupportConversation, TxEvent } from '@txassist/contract/types';
import { SUPPORT_TOPICS } from '@txassist/contract/values';
import { createSupportResource, type SupportResource } from '@txassist/sdk';
import { CORE, type Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { DISPUTE } from '../i18n/catalogs/dispute/en.js';
import { SUPPORT } from '../i18n/catalogs/support/en.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { clientFromSettings, type ClientSettings } from '../internal/client.js';
import { describeFailure, type Failure } from '../internal/failure.js';
import { ratingPrompt } from '../internal/rating-prompt/hook.js';
import { renderAlert, renderFailureText } from '../internal/section-views.js';
import type { TxElement } from '../internal/tx-element.js';
import type { AssistantClient } from './client.js';
import { evidenceUploader, PersonAttachments, type EvidenceUploader } from './person-attachments.js';

/** What the view needs from `<tx-help-assistant>`. */
export interface PersonHooks {
  /** Where the locale comes from (the element's choices). */
  locales(): readonly (string | undefined)[];
  /** Polite announcement through the element's one live region. */
  say(text: string): void;
  /** The buyer's orders the assistant knows (from the suggestions), for the picker. */
  orders(): readonly { id: string; number: string }[];
}

/**
 * A client with `support` and `disputes` (the provider's full client: attachments are uploaded as
 * evidence, like the dispute form's), else one from the element's settings.
 */
export type PersonClient = AssistantClient & {
  readonly support?: SupportResource;
  readonly disputes?: EvidenceUploader;
};

type Problem = Failure | 'message_empty' | undefined;

/**
 * "Talk to a person": topic, message, optional order and files about it, with the context an agent
 * will see and the seller's support hours shown before sending; then the conversation with live
 * replies (said once, politely), a reply box, close and, once closed, the 1–5 rating. Loaded with
 * `import()` when opened.
 */
export class PersonView {
  readonly #i18n: LocaleController;
  #support: SupportResource | undefined;
  #uploader: EvidenceUploader | undefined;
  #stop: (() => void) | undefined;
  /** Agent messages already shown (a live update says only what is new, once). */
  #heard = new Set<string>();
  /** Closed while the buyer was here (or away): the rating prompt shows for it. */
  rate = false;
  readonly attachments = new PersonAttachments(() => this.host.requestUpdate());
  topic = 'other';
  orderId = '';
  message = '';
  busy = false;
  problem: Problem;
  snapshot: SupportContextSnapshot | undefined;
  conversation: SupportConversation | undefined;

  constructor(
    private readonly host: TxElement<unknown>,
    private readonly client: PersonClient,
    settings: ClientSettings,
    private readonly hooks: PersonHooks,
  ) {
    this.#i18n = new LocaleController(host, () => hooks.locales(), [CORE, SUPPORT, DISPUTE]);
    const own = () => clientFromSettings(settings, { support: createSupportResource, disputes: evidenceUploader });
    const fallback = client.support && client.disputes ? undefined : own();
    this.#support = client.support ?? fallback?.support;
    this.#uploader = client.disputes ?? fallback?.disputes;
  }

  get heading(): string {
    return this.#i18n.translator.t('support.heading');
  }

  #set(change: Partial<PersonView>): void {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  /** The order the files are about: the conversation's, else the one chosen. */
  get #fileOrder(): string {
    return this.conversation ? (this.conversation.order_id ?? '') : this.orderId;
  }

  /**
   * Shows what the agent will see for the chosen order, and the support hours. Coming back to a
   * conversation re-reads it and listens again; one closed before the buyer left gives way to a new one.
   */
  async start(orderId = this.orderId, conversationId?: string): Promise<void> {
    if (!orderId) this.attachments.clear();
    this.#set({ orderId, problem: undefined });
    if (conversationId && conversationId !== this.conversation?.id) await this.#show(conversationId);
    else if (this.conversation && !this.#stop) await this.#resume(this.conversation);
    try {
      const snapshot = await this.#support?.context({ orderId: orderId || undefined });
      this.#set({ snapshot });
    } catch (error) {
      this.#set({ problem: describeFailure(error) });
    }
  }

  /** The page opened the assistant on this conversation (the hub's "Read the reply"); the server checks it is the buyer's. */
  async #show(id: string): Promise<void> {
    this.stop();
    this.#heard.clear();
    this.#set({ conversation: undefined, rate: false });
    try {
      const conversation = await this.#support!.get(id);
      this.#take(conversation);
      if (conversation.status !== 'closed') this.#listen();
    } catch (error) {
      this.#set({ problem: describeFailure(error) });
    }
  }

  async #resume(previous: SupportConversation): Promise<void> {
    try {
      const conversation = await this.#support!.get(previous.id);
      if (previous.status === 'closed') {
        // Closed and (maybe) rated before the buyer left: start afresh.
        this.#heard.clear();
        this.#set({ conversation: undefined, rate: false });
        return;
      }
      this.#take(conversation);
      if (conversation.status !== 'closed') this.#listen();
    } catch (error) {
      this.#set({ problem: describeFailure(error) });
    }
  }

  /** Shows a conversation read from the server; true when it carries an agent message not shown before. */
  #take(conversation: SupportConversation): boolean {
    const fresh = conversation.messages.filter((message) => message.author === 'agent' && !this.#heard.has(message.id));
    for (const message of fresh) this.#heard.add(message.id);
    const closed = conversation.status === 'closed';
    this.#set({ conversation, rate: this.rate || closed });
    return fresh.length > 0;
  }

  async #send(): Promise<void> {
    if (this.busy || !this.#support) return;
    const message = this.message.trim();
    if (!message) return this.#set({ problem: 'message_empty' });
    this.#set({ busy: true, problem: undefined });
    const { t } = this.#i18n.translator;
    try {
      // Files first, on the order they are about (the same upload and checks as the dispute form's).
      const orderId = this.#fileOrder;
      const files = this.attachments.files.length && orderId && this.#uploader;
      const attachments = files ? await this.attachments.upload(this.#uploader!, orderId) : [];
      const extra = attachments.length ? { attachments: attachments as `evi_${string}`[] } : {};
      if (this.conversation) {
        await this.#support.reply(this.conversation.id, { message, ...extra });
        this.#take(await this.#support.get(this.conversation.id));
      } else {
        this.#take(
          await this.#support.open({
            topic: this.topic as (typeof SUPPORT_TOPICS)[number],
            message,
            ...(orderId ? { order_id: orderId as `ord_${string}` } : {}),
            ...extra,
          }),
        );
        this.#listen();
      }
      // Nothing typed or chosen is dropped before this point: a failed send keeps both for a retry.
      this.attachments.clear();
      this.#set({ busy: false, message: '' });
      this.hooks.say(t('support.sent'));
    } catch (error) {
      this.#set({ busy: false, problem: describeFailure(error) });
    }
  }

  /**
   * An agent's reply arrives on the buyer's event stream: re-read the conversation, say it once. Also
   * re-read whenever the stream opens or reopens, so a reply sent while it was connecting is not missed.
   */
  #listen(): void {
    this.#stop?.();
    const refresh = () => {
      const id = this.conversation?.id;
      if (!id) return;
      void this.#support?.get(id).then(
        (conversation) => {
          const { t } = this.#i18n.translator;
          const open = this.conversation?.status !== 'closed';
          // A resent event, a second re-read or a status-only update is not said again.
          if (this.#take(conversation)) this.hooks.say(t('support.replied'));
          // Closed by an agent, or by the buyer on another page: the rating prompt shows, said once.
          if (open && conversation.status === 'closed') {
            this.stop();
            this.hooks.say(t('support.closed'));
          }
        },
        () => undefined,
      );
    };
    this.#stop = this.client.events?.subscribe(
      (event: TxEvent) => {
        if (event.type === 'support.replied' && event.data.object.id === this.conversation?.id) refresh();
      },
      { onStatus: (status) => status === 'open' && refresh() },
    );
  }

  async #close(): Promise<void> {
    if (!this.conversation || !this.#support) return;
    try {
      const conversation = await this.#support.close(this.conversation.id);
      this.stop();
      this.#take(conversation);
      this.hooks.say(this.#i18n.translator.t('support.closed'));
    } catch (error) {
      this.#set({ problem: describeFailure(error) });
    }
  }

  /** Stops listening (the buyer left the view or the page). */
  stop(): void {
    this.#stop?.();
    this.#stop = undefined;
  }

  render() {
    const translator = this.#i18n.translator;
    const { t } = translator;
    const problem = this.problem;
    const alert =
      problem === 'message_empty' ? t('support.message_empty') : problem && renderFailureText(problem, translator);
    const closed = this.conversation?.status === 'closed';
    return html`${renderAlert('person-error', alert)}
    ${this.conversation ? this.#renderThread(translator) : this.#renderStart(translator)}
    ${ratingPrompt(this.host, { type: 'conversation', id: this.conversation?.id ?? '' }, closed && this.rate)}
    ${
      closed
        ? nothing
        : html`<form
            part="person-form"
            class="sign-in"
            novalidate
            @submit=${(event: Event) => {
              event.preventDefault();
              void this.#send();
            }}
          >
            <div class="field">
              <label for="person-message">${t(this.conversation ? 'support.reply' : 'support.message')}</label>
              <textarea
                id="person-message"
                rows="4"
                maxlength="4000"
                .value=${live(this.message)}
                aria-invalid=${problem === 'message_empty' ? 'true' : 'false'}
                aria-describedby="person-error"
                @input=${(event: Event) => (this.message = (event.target as HTMLTextAreaElement).value)}
              ></textarea>
            </div>
            ${this.#fileOrder ? this.attachments.render(translator, this.busy) : nothing}
            <div class="actions">
              <button part="person-send" class="button primary" aria-disabled=${this.busy ? 'true' : 'false'}>
                ${t(this.conversation ? 'support.send_reply' : 'support.send')}
              </button>
              ${
                this.conversation
                  ? html`<button
                      part="person-close"
                      class="button secondary"
                      type="button"
                      @click=${() => void this.#close()}
                    >
                      ${t('support.close')}
                    </button>`
                  : nothing
              }
            </div>
          </form>`
    }`;
  }

  #renderStart(translator: Translator) {
    const { t } = translator;
    const orders = [...new Map(this.hooks.orders().map((order) => [order.id, order])).values()];
    return html`${this.#renderHours(translator)}
      <div class="field">
        <label for="person-topic">${t('support.topic')}</label>
        <select
          id="person-topic"
          .value=${live(this.topic)}
          @change=${(event: Event) => (this.topic = (event.target as HTMLSelectElement).value)}
        >
          ${SUPPORT_TOPICS.map(
            (topic) =>
              html`<option value=${topic} ?selected=${topic === this.topic}>${t(`support.topic.${topic}`)}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="person-order">${t('support.order')}</label>
        <select
          id="person-order"
          @change=${(event: Event) => void this.start((event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!this.orderId}>${t('support.order.none')}</option>
          ${orders.map(
            (order) => html`<option value=${order.id} ?selected=${order.id === this.orderId}>${order.number}</option>`,
          )}
        </select>
      </div>
      ${this.#renderContext(translator)}`;
  }

  #renderHours({ t, locale }: Translator) {
    const hours = this.snapshot?.support;
    if (!hours) return nothing;
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    // 2024-01-01 was a Monday: ISO day d is 2024-01-0d.
    const days = new Intl.ListFormat(locale, { type: 'unit' }).format(
      hours.days.map((day) => weekday.format(Date.UTC(2024, 0, day))),
    );
    const duration = new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(
      hours.first_response_hours,
    );
    return html`<p part="person-hours">
      ${t('support.hours', { days, opens: hours.opens, closes: hours.closes, zone: hours.time_zone })}
      ${t('support.first_response', { duration })}
    </p>`;
  }

  #renderContext({ t }: Translator) {
    const context = this.snapshot?.context;
    if (!context) return nothing;
    const lines = [
      context.order_status &&
        t('support.context.order', { status: t(`status.${context.order_status}.label` as 'status.delivered.label') }),
      context.last_payment_error_code && t('support.context.payment', { code: context.last_payment_error_code }),
      context.open_case_ids.length > 0 && t('support.context.cases', { count: context.open_case_ids.length }),
    ].filter((line): line is string => Boolean(line));
    return html`<div part="person-context">
      <p>${t('support.context_intro')}</p>
      <ul>
        ${lines.length ? lines.map((line) => html`<li>${line}</li>`) : html`<li>${t('support.context.none')}</li>`}
      </ul>
    </div>`;
  }

  #renderThread({ t, locale }: Translator) {
    const conversation = this.conversation!;
    const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const status = ['open', 'answered', 'closed'].includes(conversation.status)
      ? t(`support.status.${conversation.status as 'open'}`)
      : conversation.status;
    return html`<p part="person-status">${status}</p>
      <ol part="person-thread" class="thread" aria-label=${t('support.thread')}>
        ${conversation.messages.map(
          (message) =>
            html`<li>
              <p>
                <strong>${t(message.author === 'agent' ? 'support.author.agent' : 'support.author.buyer')}</strong> ·
                <time datetime=${message.created_at}>${when.format(new Date(message.created_at))}</time>
              </p>
              <p class="body">${message.body}</p>
              ${
                message.attachments.length
                  ? html`<ul part="person-message-files" aria-label=${t('dispute.evidence.legend')}>
                      ${message.attachments.map((file) => html`<li>${file.filename}</li>`)}
                    </ul>`
                  : nothing
              }
            </li>`,
        )}
      </ol>`;
  }
}
