import { DEMO_STAFF, totpAt, totpStep } from '@txassist/server';
import { call } from './http.js';
import type { TestServer } from './server.js';

const tokens = new WeakMap<TestServer, Map<string, string>>();

/**
 * Signs demo staff in the real way (password + TOTP at the server's clock), once per server and
 * role: a TOTP step can be used only once, so the session is reused.
 */
export async function staffToken(server: TestServer, who: keyof typeof DEMO_STAFF): Promise<string> {
  const cache = tokens.get(server) ?? new Map<string, string>();
  tokens.set(server, cache);
  const cached = cache.get(who);
  if (cached) return cached;
  const staff = DEMO_STAFF[who];
  const code = await totpAt(staff.totpSecret, totpStep(server.services.config.now()) + 1);
  const result = await call(server.url, 'POST', '/v1/staff/sessions', {
    body: { email: staff.email, password: staff.password, totp_code: code },
  });
  if (result.status !== 201) throw new Error(`staff sign-in failed: ${result.status} ${result.text}`);
  cache.set(who, result.json.token);
  return result.json.token;
}
