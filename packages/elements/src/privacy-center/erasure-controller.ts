import type { ErasurePreview, ErasureResult } from '@txassist/contract/types';
import type { PrivacyClient } from './client.js';
import type { PrivacyContext, PrivacyHost } from './controller-host.js';
import { IDLE_ERASURE, loadBlockersView, type ErasureStep, type ErasureWords } from './sections/erasure-section.js';
import type { Section } from '../internal/section-views.js';

export interface ErasureContext extends PrivacyContext {
  /** What erasure would do now, as the section shows it. */
  readonly preview: () => Section<ErasurePreview>;
  /** Shows a preview changed here (the blockers the server answered with). */
  readonly showPreview: (preview: ErasurePreview) => void;
  /** Fetches the preview again. */
  readonly reloadPreview: (client: PrivacyClient) => Promise<void>;
  /** The data is gone: stop everything that would still read it. */
  readonly stopAll: () => void;
  /** The element's catalog, which the erasure views' words join when they load. */
  readonly words: ErasureWords;
}

/** What the erasure views' actions (in their chunk, `erasure-actions.ts`) read and change. */
export interface ErasureTarget {
  step: ErasureStep;
  erased: ErasureResult | undefined;
  readonly host: PrivacyHost;
  readonly options: ErasureContext;
  /** Moves the focus to `selector` in the element, once it has rendered. */
  focus(selector: string): Promise<void>;
}

/**
 * "Delete my data": the step it is at and the result. Opening the confirmation is here; what the
 * confirmation and the blockers do (confirm, cancel, Escape, cancelling a blocking order, and where the
 * focus goes after each) loads with their views (`erasure-actions.ts`).
 */
export class ErasureController implements ErasureTarget {
  #step: ErasureStep = IDLE_ERASURE;
  #erased: ErasureResult | undefined = undefined;
  readonly host: PrivacyHost;
  readonly options: ErasureContext;

  constructor(host: PrivacyHost, options: ErasureContext) {
    this.host = host;
    this.options = options;
  }

  get step(): ErasureStep {
    return this.#step;
  }

  set step(step: ErasureStep) {
    this.#step = step;
    this.host.requestUpdate();
  }

  /** The result once the data is deleted. */
  get erased(): ErasureResult | undefined {
    return this.#erased;
  }

  set erased(result: ErasureResult | undefined) {
    this.#erased = result;
    this.host.requestUpdate();
  }

  async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  readonly onEraseStart = async (): Promise<void> => {
    this.step = { ...IDLE_ERASURE, confirming: true };
    await loadBlockersView(this.options.words).catch(() => undefined); // the confirmation is in that chunk
    await this.focus('#confirm-heading');
  };
}
