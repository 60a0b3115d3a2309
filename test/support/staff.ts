import { DEMO_STAFF, totpAt, totpStep } from '@txassist/server';
import { call } from './http.js';

/**
 * Signs demo staff in the real way (password + TOTP). A code's time step can be used once, so a
 * second sign-in within 30 s uses the next step (the server accepts ±1 step of drift).
 */
export async function staffToken(base: string, who: keyof typeof DEMO_STAFF): Promise<string> {
  const staff = DEMO_STAFF[who];
  const now = totpStep(new Date());
  for (const step of [now - 1, now, now + 1]) {
    const result = await call(base, 'POST', '/v1/staff/sessions', {
      body: { email: staff.email, password: staff.password, totp_code: await totpAt(staff.totpSecret, step) },
    });
    if (result.status === 201) return result.json.token;
    if (result.json?.code !== 'mfa_invalid') throw new Error(`staff sign-in failed: ${result.status} ${result.text}`);
  }
  throw new Error('staff sign-in failed: every TOTP step in the window was used');
}
