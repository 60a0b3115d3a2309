import type { ConfirmPaymentIntentRequest, PaymentIntent, VerifyPaymentIntentRequest } from '@txassist/contract/types';
import {
  cancelPaymentIntentRoute,
  confirmPaymentIntentRoute,
  getPaymentIntentRoute,
  resendPaymentIntentCodeRoute,
  verifyPaymentIntentRoute,
} from '../internal/contract.generated.js';
import type { Http, MutationOptions, RequestOptions } from '../internal/http.js';

/**
 * Payment intents. Card numbers never pass through here: they are typed in the hosted card fields
 * (an iframe on the API origin), which hand the page a token.
 */
export function createPaymentIntentsResource(http: Http) {
  const params = (id: string) => ({ payment_intent_id: id });
  return {
    get(paymentIntentId: string, options?: RequestOptions): Promise<PaymentIntent> {
      return http.request(getPaymentIntentRoute, { params: params(paymentIntentId) }, options);
    },

    /** Pays (again) with a method; confirming a paid intent returns it unchanged and never charges twice. */
    confirm(
      paymentIntentId: string,
      body: ConfirmPaymentIntentRequest = {},
      options?: MutationOptions,
    ): Promise<PaymentIntent> {
      return http.request(confirmPaymentIntentRoute, { params: params(paymentIntentId), body }, options);
    },

    /** Answers a `verify_code` next action with the 6-digit code the buyer received. */
    verify(
      paymentIntentId: string,
      body: VerifyPaymentIntentRequest,
      options?: MutationOptions,
    ): Promise<PaymentIntent> {
      return http.request(verifyPaymentIntentRoute, { params: params(paymentIntentId), body }, options);
    },

    /** Sends a new code once the cool-down is over (`next_action.verify_code.resend_available_at`). */
    resendCode(paymentIntentId: string, options?: MutationOptions): Promise<PaymentIntent> {
      return http.request(resendPaymentIntentCodeRoute, { params: params(paymentIntentId), body: {} }, options);
    },

    /** Stops a payment that has not gone through; its unpaid order is cancelled. */
    cancel(paymentIntentId: string, options?: MutationOptions): Promise<PaymentIntent> {
      return http.request(cancelPaymentIntentRoute, { params: params(paymentIntentId), body: {} }, options);
    },
  };
}

export type PaymentIntentsResource = ReturnType<typeof createPaymentIntentsResource>;
