// Id prefixes and id helpers without zod (browser bundles import these; ids.ts adds the schemas).

/** Every resource id starts with a prefix that says what it is (Stripe-style). */
export const ID_PREFIXES = {
  order: 'ord',
  lineItem: 'li',
  shipment: 'shp',
  payment: 'pay',
  paymentIntent: 'pi',
  refund: 'ref',
  dispute: 'dsp',
  buyer: 'byr',
  seller: 'sel',
  creator: 'crt',
  staff: 'stf',
  session: 'ses',
  event: 'evt',
  request: 'req',
  address: 'adr',
  dataExport: 'exp',
  supportCase: 'cas',
  dataKey: 'dk',
  checkpoint: 'chk',
  notification: 'ntf',
  webhookEndpoint: 'whe',
  webhookDelivery: 'whd',
  evidence: 'evi',
  caseMessage: 'msg',
  refundTransaction: 'rft',
  checkout: 'cko',
  product: 'prd',
  cardToken: 'tok',
  savedCard: 'pm',
  charge: 'ch',
  walletSession: 'wls',
  supportConversation: 'conv',
  supportMessage: 'smsg',
  feedback: 'fbk',
  searchMiss: 'smi',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;
export type IdPrefix = (typeof ID_PREFIXES)[IdKind];

export const ID_BODY = '[A-Za-z0-9]{8,64}';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A new random id (Web Crypto; 20 characters ≈ 119 bits). */
export function newId<P extends IdPrefix>(prefix: P, length = 20): `${P}_${string}` {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let body = '';
  // 62 does not divide 256; the bias of a modulo over 20 chars is irrelevant for uniqueness.
  for (const byte of bytes) body += ALPHABET[byte % ALPHABET.length];
  return `${prefix}_${body}`;
}

export function hasPrefix<P extends IdPrefix>(value: string, prefix: P): value is `${P}_${string}` {
  return new RegExp(`^${prefix}_${ID_BODY}$`).test(value);
}
