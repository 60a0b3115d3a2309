// A path to the API whose network a test can cut: `ANY /__tx/flaky/<key>/<api path>` is proxied to the
// API unless `<key>` is switched down, and then the connection is dropped without an answer, so the page
// sees a real network failure (a rejected fetch), not an HTTP error.
import { readBody } from './http.mjs';

const PREFIX = '/__tx/flaky/';
const HOP_BY_HOP_REQUEST = ['host', 'connection', 'content-length', 'accept-encoding'];
const HOP_BY_HOP_RESPONSE = ['content-encoding', 'content-length', 'transfer-encoding', 'connection'];

export function flakyNetwork() {
  /** Keys whose network is down. */
  const down = new Set();

  async function proxy(ctx, apiUrl, path) {
    const headers = new Headers();
    for (const [name, value] of Object.entries(ctx.request.headers)) {
      if (typeof value === 'string' && !HOP_BY_HOP_REQUEST.includes(name)) headers.set(name, value);
    }
    const body = ['GET', 'HEAD'].includes(ctx.method) ? undefined : await readBody(ctx);
    const response = await fetch(`${apiUrl}${path}${ctx.search}`, { method: ctx.method, headers, body });
    ctx.status = response.status;
    response.headers.forEach((value, name) => {
      if (!HOP_BY_HOP_RESPONSE.includes(name)) ctx.set(name, value);
    });
    ctx.body = Buffer.from(await response.arrayBuffer());
  }

  return {
    /** Switches the network of `key` down or up (the `tx-network` server command). */
    set(key, isDown) {
      if (isDown) down.add(String(key));
      else down.delete(String(key));
      return { key, down: down.has(String(key)) };
    },
    /** Handles `/__tx/flaky/…`; false when the path is not ours. */
    async route(ctx, apiUrl) {
      if (!ctx.path.startsWith(PREFIX)) return false;
      const rest = ctx.path.slice(PREFIX.length);
      const slash = rest.indexOf('/');
      const key = slash === -1 ? rest : rest.slice(0, slash);
      if (down.has(key)) {
        ctx.status = 503; // only for the runner's request log; the page never gets an answer
        ctx.respond = false;
        ctx.req.socket.destroy();
        return true;
      }
      await proxy(ctx, apiUrl, slash === -1 ? '/' : rest.slice(slash));
      return true;
    },
  };
}
