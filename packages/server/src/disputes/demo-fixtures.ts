/** Demo data for disputes, refunds and the agent queue (demo mode only; public). */
export const DEMO_DISPUTE_FIXTURES = {
  /** A third buyer, so the other demo buyers' order lists stay as they are. */
  buyer: {
    id: 'byr_demobuyer0003',
    external_id: 'demo-buyer-3',
    email: 'cy@example.com',
    name: 'Cy Nakamura',
    phone: '+442079460003',
  },
  /** Delivered two days ago, two items, USD: refunds, returns and every dispute reason are open. */
  disputableOrder: { id: 'ord_demoDisputable', number: 'TX-1011', trackingNumber: 'SIM0000000011' },
  /** Delivered five days ago, with an escalated "damaged" dispute waiting in the agent queue. */
  escalatedOrder: { id: 'ord_demoEscalated', number: 'TX-1012', trackingNumber: 'SIM0000000012' },
  escalatedDispute: { id: 'dsp_demoEscalated01', evidenceId: 'evi_demoEscalated01' },
  /** The demo seller's policy: platform defaults, plus instant approval of requests up to US$5. */
  autoApproveMaxAmount: { amount: 500, currency: 'USD' },
} as const;

/** A 1×1 PNG, the demo dispute's photo. */
export const DEMO_EVIDENCE_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
