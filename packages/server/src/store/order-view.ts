import type { Address } from '@txassist/contract';

/** Who an order is rendered for; decides which personal data is shown. */
export type OrderView = 'buyer' | 'seller' | 'staff' | 'case' | 'event';

/** What staff see outside a case: enough to recognise the region, not to find the person. */
export function maskAddress(address: Address): Address {
  return {
    name: `${address.name.slice(0, 1)}••`,
    line1: '•••',
    city: address.city,
    country: address.country,
    ...(address.region ? { region: address.region } : {}),
  };
}
