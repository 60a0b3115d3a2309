// `buildPath`: no zod here, so the declarations of `@txassist/contract/values` stay zod-free.

/** Fills a path template: `buildPath('/v1/orders/{order_id}', { order_id })`, every value URI-encoded. */
export function buildPath(template: string, params: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`Missing path parameter "${name}"`);
    // URLs treat "." and ".." (even percent-encoded) as dot segments, and "" drops the segment:
    // each would reach another route, so they are refused.
    if (value === '' || value === '.' || value === '..') throw new TypeError(`Invalid path parameter "${name}"`);
    return encodeURIComponent(value);
  });
}
