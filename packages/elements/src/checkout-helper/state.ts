import { CheckoutFlow, type CheckoutFlowState } from '@txassist/sdk';
import type { PropertyDeclarations } from 'lit';
import { initialAddressState } from './address-draft.js';
import type { CheckoutClient } from './client.js';

/** The checkout helper's internal reactive state (`static properties` entries: no decorator helpers bundled). */
export const checkoutStateProperties: PropertyDeclarations = {
  flowState: { state: true },
  address: { state: true },
  shippingChoice: { state: true },
  method: { state: true },
  methodMissing: { state: true },
  card: { state: true },
  tokenizing: { state: true },
  code: { state: true },
  codeProblem: { state: true },
  resent: { state: true },
  now: { state: true },
  announcement: { state: true },
};

/** The state a new checkout helper starts from (the entries left out start `undefined`). */
export const initialCheckoutState = () => ({
  flowState: new CheckoutFlow({} as CheckoutClient).state as CheckoutFlowState,
  address: initialAddressState(undefined),
  tokenizing: false,
  methodMissing: false,
  code: '',
  resent: false,
  now: Date.now(),
  announcement: '',
});
