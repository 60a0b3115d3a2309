import type { ROUTES } from '@txassist/contract';
import { createCheckout, getCheckout, placeOrder, updateCheckout } from '../checkout/service.js';
import { ProblemError } from '../http/problem.js';
import { inPaymentTransaction, payingBuyer } from '../payments/context.js';
import { toPaymentIntent } from '../payments/intent-view.js';
import { listProducts } from '../store/products.js';
import type { RouteHandler } from '../http/route-handler.js';

export const listProductsHandler: RouteHandler<typeof ROUTES.listProducts> = async ({
  services,
  publishableSeller,
}) => ({
  object: 'list',
  data: await listProducts(services.db, publishableSeller.id),
});

export const createCheckoutHandler: RouteHandler<typeof ROUTES.createCheckout> = async ({
  services,
  principal,
  body,
  now,
}) => createCheckout(services, payingBuyer(principal), body, now);

export const getCheckoutHandler: RouteHandler<typeof ROUTES.getCheckout> = async ({
  services,
  principal,
  params,
  now,
}) => {
  if (principal.role === 'seller')
    return getCheckout(services, { sellerId: principal.sellerId }, params.checkout_id, now);
  if (principal.role !== 'buyer' || principal.orderId !== null) throw new ProblemError('not_found');
  return getCheckout(services, { sellerId: principal.sellerId, buyerId: principal.buyerId }, params.checkout_id, now);
};

export const updateCheckoutHandler: RouteHandler<typeof ROUTES.updateCheckout> = async ({
  services,
  principal,
  params,
  body,
  now,
}) => updateCheckout(services, payingBuyer(principal), params.checkout_id, body, now);

export const placeOrderHandler: RouteHandler<typeof ROUTES.placeOrder> = async ({
  c,
  services,
  principal,
  params,
  body,
  now,
}) => {
  const scope = payingBuyer(principal);
  const intent = await inPaymentTransaction(c, services, now, (ctx) =>
    placeOrder(ctx, scope, params.checkout_id, body),
  );
  return toPaymentIntent(intent, 'buyer');
};
