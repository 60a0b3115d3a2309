import { buyerActionsFor, type AllowedBuyerAction, type OrderStatus } from '@txassist/contract';
import { ORDER_POLICY } from './policy.js';

/** What the buyer may do now and until when; the UI only shows this, never computes it. */
export function allowedBuyerActions(
  status: OrderStatus,
  placedAt: Date,
  statusChangedAt: Date,
  now: Date,
): AllowedBuyerAction[] {
  const untilFor = (action: AllowedBuyerAction['action']): Date | null => {
    if (action === 'cancel' && status === 'unpaid') return new Date(placedAt.getTime() + ORDER_POLICY.unpaidTtlMs);
    if (action === 'cancel' && status === 'on_hold')
      return new Date(statusChangedAt.getTime() + ORDER_POLICY.onHoldWindowMs);
    if (status === 'delivered') return new Date(statusChangedAt.getTime() + ORDER_POLICY.returnWindowMs);
    return null;
  };
  return buyerActionsFor(status)
    .map((action) => ({ action, until: untilFor(action) }))
    .filter(({ until }) => until === null || until.getTime() > now.getTime())
    .map(({ action, until }) => ({ action, until: until ? until.toISOString() : null }));
}
