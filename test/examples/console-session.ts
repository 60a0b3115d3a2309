/**
 * Signs a program (not a page) into the example agent console the way its sign-in screen does:
 * email and password, then the current TOTP code. Returns the `Cookie` header of the console session.
 */
import assert from 'node:assert/strict';
import type { AgentCredentials } from '../../examples/agent-console/server.js';

const JSON_HEADERS = { 'Content-Type': 'application/json' };

export async function consoleSessionCookie(consoleUrl: string, agent: AgentCredentials): Promise<string> {
  const first = await fetch(`${consoleUrl}/api/sign-in`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ email: agent.email, password: agent.password }),
  });
  assert.equal(first.status, 200, await first.clone().text());
  const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0]!;
  assert.match(cookie, /^console_session=/);
  const second = await fetch(`${consoleUrl}/api/sign-in/code`, {
    method: 'POST',
    headers: { ...JSON_HEADERS, Cookie: cookie },
    body: JSON.stringify({ code: await agent.totpCode() }),
  });
  assert.equal(second.status, 200, await second.clone().text());
  return cookie;
}
