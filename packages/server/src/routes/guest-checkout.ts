import type { ROUTES } from '@txassist/contract';
import { createGuestCheckout, limitGuestCheckouts, refuseUnregisteredOrigin } from '../checkout/guest.js';
import { clientIp } from '../http/client-ip.js';
import type { RouteHandler } from '../http/route-handler.js';

/** Creator one-tag checkout: the origin first (a wrong page learns nothing else), then the rate limits. */
export const createGuestCheckoutHandler: RouteHandler<typeof ROUTES.createGuestCheckout> = async ({
  c,
  services,
  publishableSeller,
  body,
  now,
}) => {
  const origin = await refuseUnregisteredOrigin(services, publishableSeller, c.req.header('Origin'), body.track_url);
  await limitGuestCheckouts(services, publishableSeller, clientIp(c), now);
  return createGuestCheckout(services, publishableSeller, origin, body, now);
};
