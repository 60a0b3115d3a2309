import type { ServerConfig } from '../config.js';

/**
 * Where seller webhooks may go. `public`: HTTPS to public internet addresses only — never loopback,
 * private, link-local, shared, documentation, multicast or reserved ones, so an endpoint URL cannot
 * make the server call into its own network (SSRF). `any`: everything (demo mode and development,
 * where the receiver runs on the same machine).
 */
export type WebhookDestinations = NonNullable<ServerConfig['webhookDestinations']>;

export function webhookDestinations(config: Pick<ServerConfig, 'demo' | 'webhookDestinations'>): WebhookDestinations {
  return config.webhookDestinations ?? (config.demo ? 'any' : 'public');
}

/** Raised (and recorded as `destination_not_allowed`) when a delivery would reach a non-public address. */
export class WebhookDestinationRefused extends Error {
  override name = 'WebhookDestinationRefused';
}

export interface UrlRefusal {
  code: 'insecure_url' | 'private_destination';
  message: string;
}

/** IPv4 ranges that are not the public internet (RFC 6890 special-purpose registry and friends). */
const NON_PUBLIC_V4: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // shared (carrier-grade NAT)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata lives here)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

function parseV4(address: string): number | undefined {
  const parts = address.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return undefined;
  return parts.reduce((value, part) => value * 256 + Number(part), 0);
}

function isPublicV4(value: number): boolean {
  return !NON_PUBLIC_V4.some(([base, bits]) => {
    const size = 2 ** (32 - bits);
    return Math.floor(value / size) === Math.floor(parseV4(base)! / size);
  });
}

/** The eight 16-bit groups of an IPv6 address (an IPv4 tail is allowed), or undefined. */
function parseV6(address: string): number[] | undefined {
  let text = address.toLowerCase();
  const zone = text.indexOf('%');
  if (zone !== -1) text = text.slice(0, zone);
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const v4 = parseV4(tail[1]!);
    if (v4 === undefined) return undefined;
    text = `${text.slice(0, -tail[1]!.length)}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string) => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0]!);
  const rest = halves.length === 2 ? groups(halves[1]!) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  if (!all.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return undefined;
  return all.map((group) => parseInt(group, 16));
}

function isPublicV6(groups: number[]): boolean {
  const embeddedV4 = () => groups[6]! * 65536 + groups[7]!;
  const [first, second] = [groups[0]!, groups[1]!];
  // ::ffff:a.b.c.d (IPv4-mapped) and 64:ff9b::a.b.c.d (NAT64) reach the IPv4 address inside.
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) return isPublicV4(embeddedV4());
  if (first === 0x64 && second === 0xff9b && groups.slice(2, 6).every((group) => group === 0)) {
    return isPublicV4(embeddedV4());
  }
  // Global unicast is 2000::/3; inside it, Teredo (2001::/32), documentation (2001:db8::/32), the
  // IETF block (2001::/23) and 6to4 (2002::/16, which tunnels to any IPv4 address) are refused.
  if ((first & 0xe000) !== 0x2000) return false;
  if (first === 0x2001 && second < 0x200) return false;
  if (first === 0x2001 && second === 0xdb8) return false;
  if (first === 0x2002) return false;
  return true;
}

/** Whether a resolved IP address (v4 or v6) is on the public internet. Anything unparsable is not. */
export function isPublicAddress(address: string): boolean {
  const v4 = parseV4(address);
  if (v4 !== undefined) return isPublicV4(v4);
  const v6 = parseV6(address.replace(/^\[|\]$/g, ''));
  return v6 !== undefined && isPublicV6(v6);
}

/**
 * What the URL alone says under the `public` policy: HTTPS, and not a loopback name or a non-public
 * literal address. (Names are resolved and checked again when each delivery connects.)
 */
export function refuseWebhookUrl(url: string): UrlRefusal | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { code: 'insecure_url', message: 'must be an https:// URL' };
  }
  if (parsed.protocol !== 'https:') return { code: 'insecure_url', message: 'must be an https:// URL' };
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  const literal = parseV4(host) !== undefined || host.startsWith('[');
  if (host === 'localhost' || host.endsWith('.localhost') || (literal && !isPublicAddress(host))) {
    return {
      code: 'private_destination',
      message: 'must point to a public internet address (not loopback, private or link-local)',
    };
  }
  return undefined;
}

/**
 * The registration check under the policy: the URL itself, then (Node only, loaded when needed) what
 * its name resolves to now. Undefined when the URL may be registered.
 */
export async function checkWebhookUrl(
  config: Pick<ServerConfig, 'demo' | 'webhookDestinations'>,
  url: string,
): Promise<UrlRefusal | undefined> {
  if (webhookDestinations(config) === 'any') return undefined;
  const refusal = refuseWebhookUrl(url);
  if (refusal) return refusal;
  const { resolvesToPublicAddresses } = await import('../node/webhook-post.js');
  if (!(await resolvesToPublicAddresses(new URL(url).hostname))) {
    return {
      code: 'private_destination',
      message: 'resolves to a non-public address (loopback, private or link-local)',
    };
  }
  return undefined;
}
