/**
 * What every example back end that acts with a secret (a seller's secret key, a staff token) does so
 * that a page on another site cannot make it act, and the headers it answers with.
 *
 * A back-end endpoint answers only
 * - requests the browser marks as from this site (`Sec-Fetch-Site: same-origin`, or `none` when the
 *   person typed the address), or — in browsers without Fetch Metadata — whose `Origin` is this server;
 *   requests with neither header come from programs, not pages, and are allowed;
 * - bodies sent as `Content-Type: application/json`: a cross-site form or `text/plain` request cannot
 *   send that without a CORS preflight, which these servers never grant.
 * None of the examples sets a cookie; one that does must make it `HttpOnly; Secure; SameSite=Strict`.
 */
import type { IncomingMessage } from 'node:http';

/** Why a request was refused: each server answers with it in its own JSON shape. */
export interface Refusal {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

/** The Transaction API's security headers, on every answer. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

/** JSON answers (and files that are not pages): nothing may frame them or run them as a document. */
export const DATA_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

/**
 * A page's headers: scripts, styles and data from this server only (plus `connect` origins for the
 * page's own calls and `frames` for iframes it embeds), no inline code, never framed.
 */
export function pageHeaders(
  options: { connect?: readonly string[]; frames?: readonly string[]; images?: readonly string[] } = {},
): Record<string, string> {
  const list = (extra: readonly string[] = []) => ["'self'", ...extra].join(' ');
  const policy = [
    "default-src 'self'",
    `connect-src ${list(options.connect)}`,
    ...(options.frames?.length ? [`frame-src ${options.frames.join(' ')}`] : []),
    `img-src ${list(['data:', ...(options.images ?? [])])}`,
    "style-src 'self'",
    "script-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return { ...SECURITY_HEADERS, 'Content-Security-Policy': policy };
}

const header = (request: IncomingMessage, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

function fromThisSite(request: IncomingMessage): boolean {
  const site = header(request, 'sec-fetch-site');
  if (site !== undefined) return site === 'same-origin' || (site === 'none' && request.method === 'GET');
  const origin = header(request, 'origin');
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === header(request, 'host');
  } catch {
    return false; // "null" (sandboxed frames, files) and anything unparsable
  }
}

/** Refuses a request to a back-end endpoint that another site's page could have sent; undefined when it may go on. */
export function refuseCrossSite(request: IncomingMessage): Refusal | undefined {
  if (!fromThisSite(request)) {
    return { status: 403, code: 'cross_site_refused', message: 'Requests from other sites are refused' };
  }
  const method = request.method ?? 'GET';
  if (
    method !== 'GET' &&
    method !== 'HEAD' &&
    !/^application\/json\s*(;|$)/i.test(header(request, 'content-type') ?? '')
  ) {
    return {
      status: 415,
      code: 'unsupported_media_type',
      message: 'Send the request as JSON with "Content-Type: application/json"',
    };
  }
  return undefined;
}
