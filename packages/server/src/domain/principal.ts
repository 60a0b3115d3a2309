import type { BuyerId, OrderId, Role, SellerId } from '@txassist/contract';

/** Who is calling. `caller` namespaces idempotency keys and rate limits: never shared across callers. */
export type Principal =
  | { role: 'buyer'; sellerId: SellerId; buyerId: BuyerId; orderId: OrderId | null; caller: string }
  | { role: 'seller'; sellerId: SellerId; caller: string }
  | { role: 'agent' | 'admin'; staffId: string; caller: string };

export function hasRole(principal: Principal, roles: readonly Role[]): boolean {
  return roles.includes(principal.role);
}
