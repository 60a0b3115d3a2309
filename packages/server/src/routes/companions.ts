import { checkRequestPart, type RouteDefinition } from '@txassist/contract';
import type { CompanionRead } from '../store/credentials.js';
import { orderCompanion } from '../store/orders.js';

/**
 * Reads that hot authorised routes need, made in the same statement as the credential lookup
 * (one round trip per request). Keyed by operationId; given the route's validated path parameters.
 */
const COMPANIONS: Record<string, (params: Record<string, string>) => CompanionRead> = {
  getOrder: (params) => orderCompanion(params.order_id!),
};

/** The companion read of this route for these raw path parameters; none when they are not valid. */
export function companionFor(route: RouteDefinition, rawParams: unknown): CompanionRead | undefined {
  const make = COMPANIONS[route.operationId];
  if (!make || !route.params) return undefined;
  const checked = checkRequestPart(route.params, rawParams);
  return checked.success ? make(checked.data as Record<string, string>) : undefined;
}
