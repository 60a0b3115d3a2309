import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { Failure } from './failure.js';

/** What a section shows while its data is fetched from the API. */
export type Section<T> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly data: T }
  | { readonly kind: 'error'; readonly failure: Failure; readonly retrying: boolean };

/** The neutral placeholder of something being loaded (a section's data, a view's chunk). */
export const skeleton = html`<div class="skeleton" aria-hidden="true">
  <div class="bone"></div>
  <div class="bone bone-short"></div>
</div>`;

export function busy(view: Section<unknown>): 'true' | 'false' {
  return view.kind === 'loading' || (view.kind === 'error' && view.retrying) ? 'true' : 'false';
}

export function preventDefault(event: Event): void {
  event.preventDefault();
}

export function renderAlert(id: string, content: unknown) {
  return html`<div id=${id} part="error" class=${content ? 'error' : 'error empty'} role="alert">
    ${content || nothing}
  </div>`;
}

export function renderFailureText(failure: Failure, { t }: Translator, lead?: string) {
  return html`<p class="error-title">${lead ?? t(failure.title)}</p>
    ${lead ? html`<p>${t(failure.title)}</p>` : nothing}
    <p>${t(failure.nextStep)}</p>
    <p class="error-code">${t('error.code', { code: failure.displayCode })}</p>`;
}

export function renderRetry(label: string, busy: boolean, onClick: () => void) {
  return html`<button
    part="retry-button"
    class="button secondary"
    type="button"
    aria-disabled=${busy ? 'true' : 'false'}
    @click=${onClick}
  >
    ${label}
  </button>`;
}

/** Error, loading skeleton, or nothing: what a section shows until its data is there. */
export function renderSectionState(view: Section<unknown>, translator: Translator, onReload: () => void) {
  const { t } = translator;
  if (view.kind === 'error') {
    return view.failure.retryable
      ? renderRetry(view.retrying ? t('error.retrying') : t('error.retry'), view.retrying, () => onReload())
      : nothing;
  }
  if (view.kind === 'loading' || view.kind === 'idle') return skeleton;
  return nothing;
}

export function sectionHeading(level: number, id: string, text: string, focusable = false): unknown {
  const tag = unsafeStatic(`h${Math.min(level, 6)}`);
  return staticHtml`<${tag} id=${id} class="section-heading" tabindex=${ifDefined(focusable ? '-1' : undefined)}>${text}</${tag}>`;
}
