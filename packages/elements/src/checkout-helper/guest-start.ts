import { nothing, type TemplateResult } from 'lit';
import type { TxCheckoutHelper } from './checkout-helper.js';

let guest: typeof import('./guest-checkout.js') | undefined;

/**
 * The guest start of `product-id` mode (creator one-tag checkout), loaded with `import()` on first
 * use so the checkout entry carries none of it; nothing shows until it arrives.
 */
export function renderGuestStart(host: TxCheckoutHelper, theme: string): TemplateResult | typeof nothing {
  if (guest) return guest.renderGuest(host, theme);
  void import('./guest-checkout.js').then((loaded) => {
    guest = loaded;
    host.requestUpdate();
  });
  return nothing;
}
