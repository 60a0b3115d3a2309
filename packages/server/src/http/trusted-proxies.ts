/**
 * Which peers may say who the client is. Behind a load balancer every request comes from the
 * balancer; its `X-Forwarded-For` (or `Forwarded`) names the client. Anyone can send those headers,
 * so they are believed only from configured proxies, and only the part those proxies appended.
 * Pure code (no `node:net`), so the core stays runtime neutral.
 */

interface Range {
  version: 4 | 6;
  /** Network address as a number (IPv4: 32 bits, IPv6: 128 bits). */
  network: bigint;
  bits: number;
}

export interface TrustedProxies {
  /** True when `address` is one of the trusted proxies. */
  trusts(address: string): boolean;
  /** `x-forwarded-for` or `forwarded`. */
  readonly header: 'x-forwarded-for' | 'forwarded';
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseIpv6(text: string): bigint | undefined {
  const zoneless = text.split('%')[0]!;
  let head = zoneless;
  let tail = '';
  const double = zoneless.indexOf('::');
  if (double >= 0) {
    head = zoneless.slice(0, double);
    tail = zoneless.slice(double + 2);
    if (tail.includes('::')) return undefined;
  }
  const groups = (part: string): bigint[] | undefined => {
    if (part === '') return [];
    const out: bigint[] = [];
    const pieces = part.split(':');
    for (const [index, piece] of pieces.entries()) {
      // An embedded IPv4 address (::ffff:192.0.2.1) counts as two groups.
      if (index === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIpv4(piece);
        if (v4 === undefined) return undefined;
        out.push(v4 >> 16n, v4 & 0xffffn);
        continue;
      }
      if (!/^[0-9a-f]{1,4}$/i.test(piece)) return undefined;
      out.push(BigInt(`0x${piece}`));
    }
    return out;
  };
  const first = groups(head);
  const last = groups(tail);
  if (!first || !last) return undefined;
  const missing = 8 - first.length - last.length;
  if (double >= 0 ? missing < 1 : missing !== 0) return undefined;
  let value = 0n;
  for (const group of [...first, ...Array<bigint>(missing).fill(0n), ...last]) value = (value << 16n) | group;
  return value;
}

/** An address as (version, number); IPv4-mapped IPv6 (`::ffff:10.0.0.1`, Node's dual stack) as IPv4. */
export function parseIp(text: string): { version: 4 | 6; value: bigint } | undefined {
  const v4 = parseIpv4(text);
  if (v4 !== undefined) return { version: 4, value: v4 };
  const v6 = parseIpv6(text);
  if (v6 === undefined) return undefined;
  if (v6 >> 32n === 0xffffn) return { version: 4, value: v6 & 0xffffffffn };
  return { version: 6, value: v6 };
}

function parseRange(entry: string): Range {
  const [address, prefix, extra] = entry.split('/');
  const ip = address ? parseIp(address) : undefined;
  const max = ip?.version === 4 ? 32 : 128;
  const bits = prefix === undefined ? max : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
  if (!ip || extra !== undefined || !(bits >= 0 && bits <= max)) {
    throw new Error(`Trusted proxy "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.0/8, ::1)`);
  }
  const mapped = address!.includes(':') && ip.version === 4 && prefix !== undefined;
  // `::ffff:10.0.0.0/104` is an IPv4 range written as IPv6.
  const v4Bits = mapped ? bits - 96 : bits;
  if (mapped && v4Bits < 0) throw new Error(`Trusted proxy "${entry}" is wider than the IPv4-mapped range`);
  const width = ip.version === 4 ? 32 : 128;
  const usedBits = ip.version === 4 ? v4Bits : bits;
  const shift = BigInt(width - usedBits);
  return { version: ip.version, network: (ip.value >> shift) << shift, bits: usedBits };
}

/** Parses the configured list; a typo stops the server at start instead of trusting nobody (or everybody). */
export function parseTrustedProxies(
  entries: readonly string[],
  header: TrustedProxies['header'] = 'x-forwarded-for',
): TrustedProxies {
  const ranges = entries.map((entry) => parseRange(entry.trim()));
  return {
    header,
    trusts(address) {
      const ip = parseIp(address);
      if (!ip) return false;
      return ranges.some((range) => {
        if (range.version !== ip.version) return false;
        const shift = BigInt((ip.version === 4 ? 32 : 128) - range.bits);
        return (ip.value >> shift) << shift === range.network;
      });
    },
  };
}

/** An address as a forwarding header writes it: `[2001:db8::1]:443`, `"192.0.2.1:8080"`, `192.0.2.1`. */
function addressOf(token: string): string | undefined {
  let text = token.trim().replace(/^"(.*)"$/, '$1');
  if (text.startsWith('[')) text = text.slice(1, text.indexOf(']'));
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(text)) text = text.slice(0, text.indexOf(':'));
  return parseIp(text) ? text : undefined;
}

/** The hops a header lists, client first; `undefined` for a hop that is not an address (`unknown`, `_hidden`). */
function hops(header: TrustedProxies['header'], value: string): (string | undefined)[] {
  if (header === 'x-forwarded-for') return value.split(',').map(addressOf);
  return value.split(',').flatMap((element) => {
    const forPair = element.split(';').find((pair) => pair.trim().toLowerCase().startsWith('for='));
    return forPair ? [addressOf(forPair.trim().slice(4))] : [];
  });
}

/**
 * The client address: the peer, unless the peer is a trusted proxy; then, walking the forwarding
 * header from the right (the part trusted proxies appended), the first address that is not itself
 * a trusted proxy. What a client wrote further left is never believed. A hop that is not an
 * address stops the walk at the proxy that reported it.
 */
export function resolveClientIp(peer: string, headerValue: string | undefined, proxies: TrustedProxies): string {
  if (!headerValue || !proxies.trusts(peer)) return peer;
  let client = peer;
  const listed = hops(proxies.header, headerValue);
  for (let index = listed.length - 1; index >= 0; index--) {
    const hop = listed[index];
    if (hop === undefined) return client;
    client = hop;
    if (!proxies.trusts(hop)) return hop;
  }
  return client;
}
