import type { ErasurePreview, ErasureResult } from '@txassist/contract/types';
import { TxDataErasedEvent } from '../events/data-erased.js';
import type { PrivacyClient } from './client.js';
import type { PrivacyContext, PrivacyHost } from './controller-host.js';
import { describeFailure, NOT_CONFIGURED } from '../internal/failure.js';
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

/**
 * "Delete my data": the confirmation step (with its "I understand" box, Escape and Cancel), the
 * erasure itself, and where the focus goes after each step.
 */
export class ErasureController {
  #step: ErasureStep = IDLE_ERASURE;
  #erased: ErasureResult | undefined = undefined;
  readonly #host: PrivacyHost;
  readonly #options: ErasureContext;

  constructor(host: PrivacyHost, options: ErasureContext) {
    this.#host = host;
    this.#options = options;
  }

  get step(): ErasureStep {
    return this.#step;
  }

  /** The result once the data is deleted. */
  get erased(): ErasureResult | undefined {
    return this.#erased;
  }

  #setStep(step: ErasureStep): void {
    this.#step = step;
    this.#host.requestUpdate();
  }

  /** Moves the focus to `selector` in the element, once it has rendered. */
  async #focus(selector: string): Promise<void> {
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  readonly onEraseStart = async (): Promise<void> => {
    this.#setStep({ ...IDLE_ERASURE, confirming: true });
    await loadBlockersView(this.#options.words).catch(() => undefined); // the confirmation is in that chunk
    await this.#focus('#confirm-heading');
  };

  readonly onEraseCancel = async (): Promise<void> => {
    if (this.#step.erasing) return;
    const { t } = this.#options.translator();
    this.#setStep(IDLE_ERASURE);
    this.#options.announce(t('erasure.cancelled'));
    await this.#focus('[part="erase-button"]');
  };

  readonly onConfirmKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    void this.onEraseCancel();
  };

  readonly onUnderstoodChange = (event: Event): void => {
    const understood = (event.target as HTMLInputElement).checked;
    this.#setStep({
      ...this.#step,
      understood,
      understandMissing: this.#step.understandMissing && !understood,
    });
  };

  readonly onEraseConfirm = async (): Promise<void> => {
    const step = this.#step;
    if (step.erasing) return;
    if (!step.understood) {
      this.#setStep({ ...step, understandMissing: true });
      await this.#focus('#erase-understood');
      return;
    }
    const client = this.#options.client();
    if (!client) {
      this.#setStep({ ...step, failure: NOT_CONFIGURED });
      return;
    }
    this.#setStep({ ...step, erasing: true, failure: undefined });
    const connection = this.#options.connection();
    try {
      const result = await client.privacy.erasure.erase();
      if (connection.aborted) return;
      this.#options.stopAll();
      this.#erased = result;
      this.#setStep(IDLE_ERASURE);
      this.#host.dispatchEvent(new TxDataErasedEvent(result));
      await this.#focus('#erased-heading');
    } catch (error) {
      if (connection.aborted) return;
      if ((error as { code?: unknown }).code === 'erasure_blocked') {
        await this.#showBlockers(client, (error as { blockers?: ErasurePreview['blockers'] }).blockers);
        return;
      }
      this.#setStep({ ...this.#step, erasing: false, failure: describeFailure(error) });
    }
  };

  /** Cancels a blocking unpaid order from here, then shows what still blocks erasure (if anything). */
  readonly onCancelOrder = async (orderId: string, orderNumber: string): Promise<void> => {
    if (this.#step.cancelling || this.#step.erasing) return;
    const client = this.#options.client();
    this.#setStep({ ...IDLE_ERASURE, cancelling: orderId });
    const connection = this.#options.connection();
    const { cancelOrder } = await loadBlockersView(this.#options.words); // the Cancel button is in that view: it is loaded
    const result = await cancelOrder(this.#host as unknown as HTMLElement, client, orderId);
    if (connection.aborted) return;
    if ('failure' in result) {
      this.#setStep({ ...IDLE_ERASURE, failure: result.failure });
      return;
    }
    const { t } = this.#options.translator();
    this.#options.announce(t('erasure.order_cancelled', { number: orderNumber }));
    if (client) await this.#options.reloadPreview(client);
    this.#setStep(IDLE_ERASURE);
    const view = this.#options.preview();
    await this.#focus(view.kind === 'loaded' && view.data.can_erase ? '[part="erase-button"]' : '#blockers-heading');
  };

  /** Erasure was refused because something opened meanwhile: show what blocks it and move to that explanation. */
  async #showBlockers(client: PrivacyClient, blockers: ErasurePreview['blockers'] | undefined): Promise<void> {
    const view = this.#options.preview();
    if (blockers && blockers.length > 0 && view.kind === 'loaded') {
      this.#options.showPreview({ ...view.data, can_erase: false, blockers });
    } else {
      await this.#options.reloadPreview(client);
    }
    this.#setStep(IDLE_ERASURE);
    await loadBlockersView(this.#options.words).catch(() => undefined);
    this.#host.requestUpdate();
    await this.#focus('#blockers-heading');
  }
}
