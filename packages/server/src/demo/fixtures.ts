import type { OrderStatus } from '@txassist/contract';

/** Demo keys: accepted only while the server runs in demo mode. */
export const DEMO_KEYS = {
  secretKey: 'sk_test_demo',
  publishableKey: 'pk_test_demo',
} as const;

/**
 * Demo staff sign in like real staff: password + TOTP (any authenticator app accepts the secret)
 * or one of the recovery codes. Demo only: these are public.
 */
export const DEMO_STAFF = {
  agent: {
    id: 'stf_demoagent001',
    role: 'agent',
    name: 'Ana Agent',
    email: 'agent@txassist.test',
    password: 'demo-agent-password',
    totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
    recoveryCodes: ['agent-recovery-0001', 'agent-recovery-0002', 'agent-recovery-0003'],
  },
  admin: {
    id: 'stf_demoadmin001',
    role: 'admin',
    name: 'Ari Admin',
    email: 'admin@txassist.test',
    password: 'demo-admin-password',
    totpSecret: 'KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF',
    recoveryCodes: ['admin-recovery-0001', 'admin-recovery-0002', 'admin-recovery-0003'],
  },
} as const;

const ORDER_IDS: Record<OrderStatus, `ord_${string}`> = {
  unpaid: 'ord_demoUnpaid',
  on_hold: 'ord_demoOnHold',
  awaiting_shipment: 'ord_demoAwaitingShipment',
  partially_shipped: 'ord_demoPartiallyShipped',
  awaiting_collection: 'ord_demoAwaitingCollection',
  in_transit: 'ord_demoInTransit',
  delivered: 'ord_demoDelivered',
  completed: 'ord_demoCompleted',
  cancelled: 'ord_demoCancelled',
};

/** Deterministic demo data, so examples, stories and tests can name things. */
export const DEMO_FIXTURES = {
  seller: { id: 'sel_demoseller01', name: 'Lumen Beauty' },
  creator: { id: 'crt_democreator01', handle: '@glowwithmaya', name: 'Maya Santos' },
  buyers: [
    {
      id: 'byr_demobuyer0001',
      external_id: 'demo-buyer-1',
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      phone: '+442079460001',
    },
    {
      id: 'byr_demobuyer0002',
      external_id: 'demo-buyer-2',
      email: 'bob@example.com',
      name: 'Bob Okafor',
      phone: '+442079460002',
    },
  ],
  /** The simulated carrier's webhook signing secret (demo only). */
  carrierSecret: 'whsec_sim_demo',
  /** Shipments of the demo orders (carrier `sim`). */
  shipments: {
    partially_shipped: { id: 'shp_demoPartial01', tracking_number: 'SIM0000000004' },
    awaiting_collection: { id: 'shp_demoCollect01', tracking_number: 'SIM0000000005' },
    in_transit: { id: 'shp_demoTransit01', tracking_number: 'SIM0000000006' },
    delivered: { id: 'shp_demoDelivered1', tracking_number: 'SIM0000000007' },
    completed: { id: 'shp_demoComplete01', tracking_number: 'SIM0000000008' },
  },
  /** Storefront origins allowed to call the API from a browser (CORS). */
  origins: ['http://127.0.0.1:8080', 'http://localhost:8080', 'http://127.0.0.1:8070', 'http://localhost:8070'],
  /** Buyer 1's orders, one per status, numbered TX-1001 … TX-1009 in this order. */
  orders: ORDER_IDS,
  otherBuyerOrder: { id: 'ord_demoOtherBuyer', number: 'TX-1010' },
} as const;
