import { lookup, type LookupAddress } from 'node:dns';
import { request } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPublicAddress, WebhookDestinationRefused } from '../webhooks/destination.js';

/**
 * Resolves like the system resolver, but fails when any address of the name is not public. Node calls
 * it for the connection itself, so the address checked is the address connected to: a name that
 * resolved to a public address at registration and to 127.0.0.1 now (DNS rebinding) is refused.
 */
const publicAddressesOnly: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    if (addresses.length === 0 || !addresses.every((entry) => isPublicAddress(entry.address))) {
      return callback(new WebhookDestinationRefused(`${hostname} resolves to a non-public address`), '', 0);
    }
    if (options.all) return (callback as unknown as (error: null, all: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

/** POSTs a webhook over HTTPS to a public address only; resolves with the status (redirects are not followed). */
export function postToPublicAddress(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        lookup: publicAddressesOnly,
        agent: false,
        timeout: timeoutMs,
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(Object.assign(new Error('timeout'), { name: 'TimeoutError' })));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** Whether every address the name resolves to now is public (true when it does not resolve: delivery checks again). */
export async function resolvesToPublicAddresses(hostname: string): Promise<boolean> {
  const addresses = await lookupAll(hostname).catch(() => undefined);
  return addresses === undefined || addresses.every((entry) => isPublicAddress(entry.address));
}

const lookupAll = (hostname: string) =>
  new Promise<LookupAddress[]>((resolve, reject) =>
    lookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );
