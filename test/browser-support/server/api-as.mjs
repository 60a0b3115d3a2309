// What the storefront's back end, the seller and the support agent do on the API for the browser tests.
// Their credentials (secret key, carrier secret, agent password and TOTP) stay here in Node: pages get
// only the results, through the server commands in commands.mjs.
import { DEMO_FIXTURES, DEMO_KEYS, DEMO_STAFF, signWebhook, totpAt, totpStep } from '@txassist/server';
import { randomBytes } from 'node:crypto';

/** `{ status, body }` of an API call (the body parsed when it is JSON). */
async function answer(response) {
  const text = await response.text();
  let body = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body };
}

/** Calls to one running API server as its demo seller, agent or carrier. */
export function apiActors(apiUrl) {
  let agentToken;
  async function agentSession() {
    if (agentToken) return agentToken;
    const staff = DEMO_STAFF.agent;
    const totp_code = await totpAt(staff.totpSecret, totpStep(new Date()) + 1);
    const response = await fetch(`${apiUrl}/v1/staff/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: staff.email, password: staff.password, totp_code }),
    });
    if (response.status !== 201) throw new Error(`agent sign-in failed: ${response.status} ${await response.text()}`);
    agentToken = (await response.json()).token;
    return agentToken;
  }

  /** `as`: 'seller' (secret key) or 'agent' (staff session). Every write gets a fresh Idempotency-Key. */
  async function call(as, method, path, body) {
    const token = as === 'agent' ? await agentSession() : DEMO_KEYS.secretKey;
    const headers = { Authorization: `Bearer ${token}` };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET') headers['Idempotency-Key'] = randomBytes(12).toString('hex');
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return answer(response);
  }

  return {
    call,

    /** A buyer session, minted like a storefront back end would: `{ buyer }` an id, or `{ external_id }` for a buyer created on first use. */
    async session({ buyer, external_id: externalId } = {}) {
      const who = externalId
        ? { external_id: String(externalId), email: `${String(externalId).replace(/[^\w.-]/g, '_')}@example.test` }
        : { id: buyer ?? DEMO_FIXTURES.buyers[0].id };
      const { status, body } = await call('seller', 'POST', '/v1/sessions', { buyer: who });
      return status < 300 ? { status, body: { token: body.token, buyerId: body.buyer_id } } : { status, body };
    },

    /** A delivered order of the demo seller for `buyer`, created and moved on like a real shop would. */
    async deliveredOrder({ buyer }) {
      const created = await call('seller', 'POST', '/v1/orders', {
        buyer_id: String(buyer ?? ''),
        currency: 'USD',
        line_items: [
          { title: 'Glow Serum 30 ml', quantity: 1, unit_amount: 2400, sku: 'GS-30' },
          { title: 'Velvet Lip Tint', quantity: 2, unit_amount: 1250, sku: 'LT-ROSE' },
        ],
        shipping_amount: 499,
      });
      if (created.status !== 201) return created;
      for (const status of ['awaiting_shipment', 'in_transit', 'delivered']) {
        const moved = await call('seller', 'POST', `/v1/orders/${created.body.id}/status`, { status });
        if (moved.status >= 300) return moved;
      }
      return created;
    },

    /**
     * What a buyer leaves behind after a declined card: their checkout placed with the generic-decline
     * test card, so its order waits for payment. `{ token }` (the buyer's session) → `{ status, body:
     * { order_id, checkout_id } }`. The card is tokenized here, as the hosted card fields would.
     */
    async declinedOrder({ token }) {
      const asBuyer = async (method, path, body, extra = {}) => {
        const response = await fetch(`${apiUrl}${path}`, {
          method,
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': randomBytes(12).toString('hex'),
            ...extra,
          },
          body: JSON.stringify(body),
        });
        return answer(response);
      };
      const products = await answer(
        await fetch(`${apiUrl}/v1/products`, { headers: { 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey } }),
      );
      const product = products.body.data.find((each) => each.available);
      const checkout = await asBuyer('POST', '/v1/checkouts', { items: [{ product_id: product.id, quantity: 1 }] });
      if (checkout.status !== 201) return checkout;
      const address = {
        name: 'Test Buyer',
        line1: '1 Navy Way',
        city: 'Arlington',
        region: 'VA',
        postal_code: '22201',
        country: 'US',
      };
      const updated = await asBuyer('POST', `/v1/checkouts/${checkout.body.id}`, { shipping_address: address });
      if (updated.status !== 200) return updated;
      const card = await answer(
        await fetch(`${apiUrl}/v1/card-tokens`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey },
          body: JSON.stringify({
            number: '4000000000000002',
            exp_month: 12,
            exp_year: new Date().getUTCFullYear() + 3,
            cvc: '123',
          }),
        }),
      );
      if (card.status !== 201) return card;
      const placed = await asBuyer('POST', `/v1/checkouts/${checkout.body.id}/place`, {
        payment_method: { type: 'card', token: card.body.token },
      });
      if (placed.status !== 200) return placed;
      return { status: 201, body: { order_id: placed.body.order_id, checkout_id: checkout.body.id } };
    },

    /** The seller hands an order's items to the simulated carrier under a fresh tracking number. */
    shipment({ order_id: orderId, estimated_delivery }) {
      const trackingNumber = `WTR${Date.now().toString(36).toUpperCase()}${randomBytes(3).toString('hex').toUpperCase()}`;
      return call('seller', 'POST', `/v1/orders/${encodeURIComponent(String(orderId))}/shipments`, {
        carrier: 'sim',
        tracking_number: trackingNumber,
        estimated_delivery,
      });
    },

    /** A carrier checkpoint, signed with the simulated carrier's secret and posted to its webhook. */
    async carrierEvent(event) {
      const body = JSON.stringify(event);
      const signature = await signWebhook(body, [DEMO_FIXTURES.carrierSecret], Math.floor(Date.now() / 1000));
      const response = await fetch(`${apiUrl}/v1/carriers/sim/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Tx-Signature': signature },
        body,
      });
      return answer(response);
    },
  };
}
