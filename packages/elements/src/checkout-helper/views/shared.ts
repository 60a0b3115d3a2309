import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

/** What every render module gets: the translator and the heading level of step headings. */
export interface ViewContext {
  readonly i18n: Translator;
  /** Level of the step headings (the element's heading level + 1, at most 6). */
  readonly headingLevel: number;
}

/** A heading of the given level (1–6) with an id, focusable by script only (focus moves there on a step change). */
export function heading(level: number, id: string, content: unknown, className = '', part = ''): TemplateResult {
  const tag = unsafeStatic(`h${Math.min(6, Math.max(1, Math.round(level)))}`);
  return staticHtml`<${tag} id=${id} tabindex="-1" class=${className} part=${part || nothing}>${content}</${tag}>`;
}

/** An inline field error, linked from its input by `aria-describedby`; absent when there is no error. */
export function fieldError(id: string, message: string | undefined): TemplateResult | typeof nothing {
  return message ? html`<p id=${id} class="field-error">${message}</p>` : nothing;
}

/** `aria-describedby` from the ids that exist (hint and/or error), or nothing. */
export function describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}

/** Country names in the buyer's language (ISO codes stay as they are where Intl has no name). */
export function countryName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
