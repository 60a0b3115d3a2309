import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { TxGuideFeedbackEvent } from '../events/guide-feedback.js';
import { heading } from '../internal/case-views.js';
import { describeFailure, type Failure } from '../internal/failure.js';
import { renderAlert, renderFailureText, renderRetry } from '../internal/section-views.js';
import { searchGuides } from './guide-search.js';
import { sendGuideFeedback, type FeedbackHost } from './guides-feedback.js';
import { guideMediaBase, renderGuideVideo } from './guide-video.js';
import { guidesStyles } from './guides-view.styles.js';
import { loadGuides } from './guides/loaders.js';
import { GUIDE_IDS, type GuideBook, type GuideId, type GuideWords } from './guides/types.js';
import { GUIDE_VIDEO_IDS } from './guides/videos.js';

/** The help assistant: guide votes and search misses are its `tx-guide-feedback` events. */
/** One language's guides and the view's words. */
interface Book {
  readonly locale: string;
  readonly guides: GuideBook;
  readonly words: GuideWords;
}

/** `{query}`, `{count}` in a guide word. */
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);

interface GuidesHost extends EventTarget {
  requestUpdate(): void;
  /** `guide-media-base`: where the guide videos and captions are (default: `guide-media/` beside the CDN bundle). */
  getAttribute(name: string): string | null;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

/** A vote on a guide, or a search that found none. */
export type GuideFeedback =
  | { kind: 'helpful'; guideId: GuideId; helpful: boolean; locale: string }
  | { kind: 'search_miss'; query: string; locale: string };

/**
 * "Guides": short how-to guides in the buyer's language, searchable, each with its steps and "Was
 * this helpful?". This module and the locale's guides are chunks loaded with `import()` when the buyer
 * first opens Guides. A search that finds nothing says what to do next and is reported as a miss.
 */
export class GuidesFlow {
  #book: Book | undefined;
  #failure: Failure | undefined;
  #loading: Promise<void> | undefined;
  query = '';
  #searched: { query: string; hits: readonly GuideId[] } | undefined;
  #open: GuideId | undefined;
  readonly #votes = new Map<GuideId, boolean>();

  constructor(
    private readonly host: GuidesHost,
    private readonly announce: (text: string) => void,
  ) {
    const root = host.renderRoot;
    const sheet = guidesStyles.styleSheet;
    // Where constructable style sheets are missing (Lit then uses <style> elements), the guides stay unstyled but usable.
    if (sheet && root instanceof ShadowRoot) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** Loads the guides in `locale` (again after a failure, or when the language changed). */
  load(locale: string): Promise<void> {
    if (this.#book?.locale === locale && !this.#failure) return Promise.resolve();
    return (this.#loading ??= loadGuides(locale)
      .then(
        (module) => {
          this.#book = { locale, guides: module.default, words: module.words };
          this.#failure = undefined;
        },
        (error: unknown) => {
          this.#failure = describeFailure(error);
        },
      )
      .finally(() => {
        this.#loading = undefined;
        this.host.requestUpdate();
      }));
  }

  /** Back to the list (and the search) from a guide: focus returns to the guide's button. */
  #close(): void {
    const was = this.#open;
    this.#open = undefined;
    this.host.requestUpdate();
    void this.#focus(`[data-guide="${was}"]`);
  }

  #show(id: GuideId): void {
    this.#open = id;
    this.host.requestUpdate();
    void this.#focus('#guide-heading');
  }

  async #focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #search(translator: Translator): void {
    const book = this.#book;
    if (!book) return;
    const query = this.query.trim();
    if (!query) {
      this.#searched = undefined;
      this.host.requestUpdate();
      return;
    }
    const hits = searchGuides(book.guides, query, book.locale).map((hit) => hit.id);
    this.#searched = { query, hits };
    this.host.requestUpdate();
    this.announce(hits.length ? fill(book.words.found, { count: translator.number(hits.length) }) : '');
    if (hits.length === 0) {
      this.#feedback({ kind: 'search_miss', query, locale: book.locale });
      void this.#focus('#guide-miss');
    }
  }

  /** Told to the page as `tx-guide-feedback`, and to the API with `client.feedback` (guides-feedback.ts). */
  #feedback(detail: GuideFeedback): void {
    this.host.dispatchEvent(new TxGuideFeedbackEvent(detail));
    sendGuideFeedback(this.host as unknown as FeedbackHost, detail);
  }

  #vote(id: GuideId, helpful: boolean, locale: string): void {
    if (this.#votes.has(id)) return;
    this.#votes.set(id, helpful);
    this.#feedback({ kind: 'helpful', guideId: id, helpful, locale });
    this.host.requestUpdate();
    // The buttons give way to the thanks: focus moves there rather than falling to the page.
    void this.#focus('#helpful-thanks');
  }

  /** `check` ("Check my connection") is offered when a search finds nothing. */
  render(translator: Translator, headingLevel: number, check: () => void) {
    const { t } = translator;
    if (this.#failure)
      return html`${renderAlert('guides-error', renderFailureText(this.#failure, translator))}
      ${renderRetry(t('error.retry'), false, () => void this.load(translator.locale))}`;
    const book = this.#book;
    // The buyer's language changed (or its catalog arrived after the first render): its guides follow.
    if (book && book.locale !== translator.locale && !this.#loading)
      queueMicrotask(() => void this.load(translator.locale));
    if (!book) return nothing; // opened once loaded (or failed): only while "Try again" loads again
    if (this.#open) return this.#renderGuide(this.#open, book, headingLevel);
    const searched = this.#searched;
    const ids = searched ? searched.hits : GUIDE_IDS;
    return html`<form
        part="guide-search"
        class="guide-search"
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          this.#search(translator);
        }}
      >
        <label for="guide-query">${book.words.search_label}</label>
        <div class="guide-search-row">
          <input
            id="guide-query"
            type="search"
            enterkeyhint="search"
            .value=${live(this.query)}
            @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
          />
          <button part="guide-search-button" class="button primary">${book.words.search}</button>
        </div>
      </form>
      ${
        searched && ids.length === 0
          ? html`<p part="guide-miss" id="guide-miss" tabindex="-1">
                ${fill(book.words.no_results, { query: searched.query })}
              </p>
              <div class="actions">
                <button class="button secondary" type="button" @click=${check}>${t('assistant.check.button')}</button>
              </div>`
          : html`<p id="guide-list-label">
                ${searched ? fill(book.words.results, { query: searched.query }) : book.words.list}
              </p>
              <ul part="guides" class="guides" aria-labelledby="guide-list-label">
                ${ids.map(
                  (id) =>
                    html`<li>
                      <button
                        part="guide"
                        class="button secondary guide-link"
                        type="button"
                        data-guide=${id}
                        @click=${() => this.#show(id)}
                      >
                        ${book.guides[id].title}
                      </button>
                    </li>`,
                )}
              </ul>`
      }`;
  }

  #renderGuide(id: GuideId, book: Book, level: number) {
    const guide = book.guides[id];
    const vote = this.#votes.get(id);
    // With a video, the steps under it are its transcript (the captions are the same steps, timed).
    const video = GUIDE_VIDEO_IDS.includes(id);
    const base = guideMediaBase(this.host.getAttribute('guide-media-base'), document.baseURI);
    return html`<article part="guide-view" class="guide" aria-labelledby="guide-heading" data-guide-view=${id}>
      ${heading(Number.isInteger(level) ? level + 1 : 3, 'guide-heading', guide.title, true, 'guide-heading')}
      ${renderGuideVideo(id, guide, book.words, book.locale, base)}
      ${video ? html`<p part="guide-transcript-label" id="guide-transcript-label">${book.words.transcript}</p>` : nothing}
      <ol part="guide-steps" class="guide-steps" aria-labelledby=${video ? 'guide-transcript-label' : nothing}>
        ${guide.steps.map((step) => html`<li>${step}</li>`)}
      </ol>
      <div part="guide-helpful" class="guide-helpful" role="group" aria-labelledby="helpful-label">
        <p id="helpful-label">${book.words.helpful}</p>
        ${
          vote === undefined
            ? html`<div class="actions">
                <button
                  part="helpful-yes"
                  class="button secondary"
                  type="button"
                  @click=${() => this.#vote(id, true, book.locale)}
                >
                  ${book.words.yes}
                </button>
                <button
                  part="helpful-no"
                  class="button secondary"
                  type="button"
                  @click=${() => this.#vote(id, false, book.locale)}
                >
                  ${book.words.no}
                </button>
              </div>`
            : html`<p part="helpful-thanks" id="helpful-thanks" tabindex="-1">${book.words.thanks}</p>`
        }
      </div>
      <div class="actions">
        <button part="guide-back" class="button secondary" type="button" @click=${() => this.#close()}>
          ${book.words.back}
        </button>
      </div>
    </article>`;
  }
}
