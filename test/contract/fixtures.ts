import type { Order } from '@txassist/contract';

/** A valid delivered order in USD, as the server would send it. Tests clone it and break one thing at a time. */
export function orderFixture(overrides: Partial<Order> = {}): Order {
  const usd = (amount: number) => ({ amount, currency: 'USD' as const });
  return {
    object: 'order',
    id: 'ord_4f9aQ2xT7kLm3Np8Rs1V',
    number: 'TX-100042',
    status: 'delivered',
    currency: 'USD',
    seller: { id: 'sel_Demo0000Seller01', name: 'Demo Seller' },
    buyer_id: 'byr_Demo0000Buyer001',
    creator: { id: 'crt_Demo000Creator1', handle: '@maker', name: 'Maker' },
    line_items: [
      {
        id: 'li_Line0000Item0001',
        title: 'Ceramic mug',
        variant: 'Blue',
        sku: 'MUG-BLUE',
        image_url: 'https://example.com/mug.png',
        quantity: 2,
        unit_price: usd(1250),
        total: usd(2500),
      },
    ],
    amounts: { subtotal: usd(2500), shipping: usd(499), tax: usd(0), discount: usd(0), total: usd(2999) },
    shipping_address: {
      name: 'Ada Buyer',
      line1: '1 Main St',
      city: 'Springfield',
      postal_code: '12345',
      country: 'US',
    },
    buyer_actions: [
      { action: 'request_refund', until: '2026-12-10T00:00:00.000Z' },
      { action: 'request_return', until: null },
    ],
    placed_at: '2026-11-20T10:00:00.000Z',
    updated_at: '2026-11-24T16:30:00.000Z',
    ...overrides,
  };
}
