import type { ErasurePreview } from '@txassist/contract/types';
import { TxDataErasedEvent } from '../events/data-erased.js';
import { cancelOrder } from '../internal/cancel-order.js';
import { describeFailure, NOT_CONFIGURED } from '../internal/failure.js';
import type { PrivacyClient } from './client.js';
import type { ErasureTarget } from './erasure-controller.js';
import { IDLE_ERASURE } from './sections/erasure-section.js';

export interface ErasureHandlers {
  readonly onConfirmKeydown: (event: KeyboardEvent) => void;
  readonly onUnderstoodChange: (event: Event) => void;
  readonly onEraseConfirm: () => Promise<void>;
  readonly onEraseCancel: () => Promise<void>;
  /** Cancels a blocking unpaid order from here, then shows what still blocks erasure (if anything). */
  readonly onCancelOrder: (orderId: string, orderNumber: string) => Promise<void>;
}

const handlers = new WeakMap<ErasureTarget, ErasureHandlers>();

/**
 * What the confirmation and the blockers do, loaded with them (`erasure-blockers.ts`): one set of
 * handlers per element, so Lit keeps its listeners from render to render.
 */
export function erasureHandlers(target: ErasureTarget): ErasureHandlers {
  let made = handlers.get(target);
  if (!made) handlers.set(target, (made = makeHandlers(target)));
  return made;
}

function makeHandlers(target: ErasureTarget): ErasureHandlers {
  const { options } = target;

  const onEraseCancel = async (): Promise<void> => {
    if (target.step.erasing) return;
    const { t } = options.translator();
    target.step = IDLE_ERASURE;
    options.announce(t('erasure.cancelled'));
    await target.focus('[part="erase-button"]');
  };

  /** Erasure was refused because something opened meanwhile: show what blocks it and move to that explanation. */
  const showBlockers = async (
    client: PrivacyClient,
    blockers: ErasurePreview['blockers'] | undefined,
  ): Promise<void> => {
    const view = options.preview();
    if (blockers && blockers.length > 0 && view.kind === 'loaded') {
      options.showPreview({ ...view.data, can_erase: false, blockers });
    } else {
      await options.reloadPreview(client);
    }
    target.step = IDLE_ERASURE;
    await target.focus('#blockers-heading');
  };

  return {
    onEraseCancel,

    onConfirmKeydown: (event) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      void onEraseCancel();
    },

    onUnderstoodChange: (event) => {
      const understood = (event.target as HTMLInputElement).checked;
      target.step = {
        ...target.step,
        understood,
        understandMissing: target.step.understandMissing && !understood,
      };
    },

    onEraseConfirm: async () => {
      const step = target.step;
      if (step.erasing) return;
      if (!step.understood) {
        target.step = { ...step, understandMissing: true };
        await target.focus('#erase-understood');
        return;
      }
      const client = options.client();
      if (!client) {
        target.step = { ...step, failure: NOT_CONFIGURED };
        return;
      }
      target.step = { ...step, erasing: true, failure: undefined };
      const connection = options.connection();
      try {
        const result = await client.privacy.erasure.erase();
        if (connection.aborted) return;
        options.stopAll();
        target.erased = result;
        target.step = IDLE_ERASURE;
        target.host.dispatchEvent(new TxDataErasedEvent(result));
        await target.focus('#erased-heading');
      } catch (error) {
        if (connection.aborted) return;
        if ((error as { code?: unknown }).code === 'erasure_blocked') {
          await showBlockers(client, (error as { blockers?: ErasurePreview['blockers'] }).blockers);
          return;
        }
        target.step = { ...target.step, erasing: false, failure: describeFailure(error) };
      }
    },

    onCancelOrder: async (orderId, orderNumber) => {
      if (target.step.cancelling || target.step.erasing) return;
      const client = options.client();
      target.step = { ...IDLE_ERASURE, cancelling: orderId };
      const connection = options.connection();
      const result = await cancelOrder(target.host as unknown as HTMLElement, client, orderId);
      if (connection.aborted) return;
      if ('failure' in result) {
        target.step = { ...IDLE_ERASURE, failure: result.failure };
        return;
      }
      const { t } = options.translator();
      options.announce(t('erasure.order_cancelled', { number: orderNumber }));
      if (client) await options.reloadPreview(client);
      target.step = IDLE_ERASURE;
      const view = options.preview();
      await target.focus(view.kind === 'loaded' && view.data.can_erase ? '[part="erase-button"]' : '#blockers-heading');
    },
  };
}
