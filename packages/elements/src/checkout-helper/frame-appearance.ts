import type { CardFieldsAppearance, CardTokenResult, PaymentMethodInput } from '@txassist/contract/types';
import type { MethodChoice } from './views/payment-step.js';

/** The element's resolved theme colours and font, for the card iframe (so it matches the page). */
export function frameAppearance(base: Element | null | undefined): CardFieldsAppearance {
  if (!base) return {};
  const style = getComputedStyle(base);
  const read = (name: string) => style.getPropertyValue(name).trim() || undefined;
  const entries = {
    colorText: read('--_text'),
    colorTextMuted: read('--_text-muted'),
    colorSurface: read('--_surface'),
    colorBorder: read('--_text-muted'),
    colorDanger: read('--_danger'),
    colorFocus: read('--_focus'),
    fontFamily: style.fontFamily || undefined,
  };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value));
}

/** What to pay with, as the API takes it; `undefined` while a new card has no token yet. */
export function paymentMethodInput(
  method: MethodChoice | undefined,
  card: CardTokenResult | undefined,
  pageUrl: string,
): PaymentMethodInput | undefined {
  switch (method?.type) {
    case 'card':
      return card ? { type: 'card', token: card.token } : undefined;
    case 'saved_card':
      return { type: 'saved_card', saved_card_id: method.id };
    case 'cash_on_delivery':
      return { type: 'cash_on_delivery' };
    case 'wallet': {
      // Back to this very page, without the parameters of an earlier return.
      const url = new URL(pageUrl);
      url.searchParams.delete('payment_intent');
      url.searchParams.delete('redirect_status');
      return { type: 'wallet', wallet: 'txpay', return_url: url.href };
    }
    default:
      return undefined;
  }
}
