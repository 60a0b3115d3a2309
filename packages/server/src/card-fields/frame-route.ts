import type { ROUTES } from '@txassist/contract';
import { ProblemError } from '../http/problem.js';
import type { RouteHandler } from '../http/route-handler.js';
import { framePage } from './frame-page.js';

function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * The content security policy of the card fields page: its own nonce'd script and style only, network
 * only to its own origin (the token endpoint), no forms, no base, and framable only by the one
 * registered origin it was asked for. (The API's default, `frame-ancestors 'none'`, applies to every
 * other response: the security headers middleware keeps a policy a route set itself.)
 */
export function framePolicy(nonce: string, parentOrigin: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    `frame-ancestors ${parentOrigin}`,
  ].join('; ');
}

/** `GET /v1/card-fields/frame?origin=<page origin>`: the hosted card fields, for registered origins only. */
export const cardFieldsFrame: RouteHandler<typeof ROUTES.cardFieldsFrame> = async ({ services, query }) => {
  const parentOrigin = query.origin;
  if (!services.origins.allows(parentOrigin)) {
    throw new ProblemError(
      'forbidden',
      'This page origin is not registered for card fields; add it to the seller account’s storefront origins.',
    );
  }
  const nonce = randomNonce();
  // Relative: the page is on the API origin, whatever host name a proxy in front of it uses.
  const tokenUrl = '/v1/card-tokens';
  return new Response(framePage({ parentOrigin, tokenUrl, nonce }), {
    status: 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': framePolicy(nonce, parentOrigin),
      'Cache-Control': 'no-store',
      // The page only ever needs to be embedded; it never opens or is opened by other windows.
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    },
  });
};
