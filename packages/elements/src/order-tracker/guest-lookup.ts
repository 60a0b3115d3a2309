import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  describeLookupFailure,
  EMPTY_GUEST_FORM,
  validateGuestForm,
  type GuestFormState,
} from './guest-lookup-form.js';
import type { TrackerClient } from '../internal/tracker-client.js';

/**
 * The guest lookup flow: checks the form, asks the API (which signs the client in with a guest
 * session for that one order) and hands the order id to the tracker. After a failed submit, focus
 * moves to the error summary, the one place it moves on its own.
 */
export class GuestLookupController implements ReactiveController {
  state: GuestFormState = EMPTY_GUEST_FORM;

  readonly #host: ReactiveControllerHost;
  readonly #focusSummary: () => void;
  readonly #onFound: (orderId: string) => void;

  constructor(host: ReactiveControllerHost, focusSummary: () => void, onFound: (orderId: string) => void) {
    this.#host = host;
    this.#focusSummary = focusSummary;
    this.#onFound = onFound;
    host.addController(this);
  }

  hostUpdate(): void {}

  readonly input = (field: 'order_number' | 'email', value: string): void => {
    this.#set(field === 'order_number' ? { ...this.state, orderNumber: value } : { ...this.state, email: value });
  };

  async submit(client: TrackerClient | undefined): Promise<void> {
    if (this.state.submitting || !client?.sessions) return;
    const fieldErrors = validateGuestForm(this.state);
    if (Object.keys(fieldErrors).length > 0) {
      this.#set({ ...this.state, fieldErrors, failure: undefined });
      await this.#host.updateComplete;
      this.#focusSummary();
      return;
    }
    this.#set({ ...this.state, fieldErrors: {}, failure: undefined, submitting: true });
    try {
      const session = await client.sessions.guestLookup({
        order_number: this.state.orderNumber.trim(),
        email: this.state.email.trim(),
      });
      this.#set(EMPTY_GUEST_FORM);
      this.#onFound(session.order_id ?? '');
    } catch (error) {
      this.#set({ ...this.state, submitting: false, failure: describeLookupFailure(error) });
      await this.#host.updateComplete;
      this.#focusSummary();
    }
  }

  #set(state: GuestFormState): void {
    this.state = state;
    this.#host.requestUpdate();
  }
}
