/**
 * The agent console's staff sign-in: email and password first, then the TOTP code, each step sent on
 * to `POST /v1/staff/sessions` (the API checks the password, the code and the lockout; this server
 * decides nothing). The staff token stays in this process, keyed by an `HttpOnly; SameSite=Strict`
 * cookie; the page never sees it. Between the two steps the password is held in memory for at most
 * five minutes, then dropped; it is dropped at once when the code is accepted. The cookie is `Secure`:
 * serve the console over HTTPS, or on localhost / 127.0.0.1 (browsers accept it there over HTTP).
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const COOKIE = 'console_session';
const PENDING_MS = 5 * 60_000;

/** A problem to answer with: a stable code and the API's (or our) plain message. */
export class ConsoleError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Pending {
  readonly email: string;
  readonly password: string;
  readonly until: number;
}

export interface StaffSession {
  readonly token: string;
  readonly email: string;
  readonly role: string;
  readonly expiresAt: number;
}

interface Entry {
  pending?: Pending;
  session?: StaffSession;
}

const cookieOf = (request: IncomingMessage): string | undefined =>
  /(?:^|;\s*)console_session=([A-Za-z0-9_-]{20,64})/.exec(request.headers.cookie ?? '')?.[1];

export const setCookie = (id: string) => `${COOKIE}=${id}; Path=/; HttpOnly; Secure; SameSite=Strict`;
export const clearCookie = () => `${COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0`;

export class StaffSessions {
  readonly #entries = new Map<string, Entry>();

  constructor(private readonly apiBase: string) {}

  /** The signed-in staff member of this request, or undefined. */
  current(request: IncomingMessage): StaffSession | undefined {
    const id = cookieOf(request);
    const session = id ? this.#entries.get(id)?.session : undefined;
    if (session && session.expiresAt <= Date.now()) {
      this.#entries.delete(id!);
      return undefined;
    }
    return session;
  }

  /** Forgets the request's session (sign-out, or the API said the token is no longer valid). */
  end(request: IncomingMessage): void {
    const id = cookieOf(request);
    if (id) this.#entries.delete(id);
  }

  async #signIn(body: Record<string, string>): Promise<{ status: number; json: Record<string, unknown> }> {
    let answer: Response;
    try {
      answer = await fetch(`${this.apiBase}/v1/staff/sessions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    } catch {
      throw new ConsoleError(502, 'api_unreachable', 'The Transaction API did not answer.');
    }
    return { status: answer.status, json: (await answer.json().catch(() => ({}))) as Record<string, unknown> };
  }

  /**
   * Step 1: the API checks the password; a right one is answered `mfa_required`, so the code is
   * asked next. Returns the cookie id of the pending sign-in.
   */
  async password(request: IncomingMessage, email: string, password: string): Promise<string> {
    if (!email.trim() || !password)
      throw new ConsoleError(400, 'credentials_missing', 'Enter your email and password.');
    const { status, json } = await this.#signIn({ email: email.trim(), password });
    if (json.code !== 'mfa_required') throw problemOf(status, json);
    const id = cookieOf(request) ?? randomBytes(24).toString('base64url');
    this.#entries.set(id, { pending: { email: email.trim(), password, until: Date.now() + PENDING_MS } });
    return id;
  }

  /** Step 2: the code from the authenticator app. A wrong code keeps the pending sign-in (the API counts it). */
  async code(request: IncomingMessage, code: string): Promise<StaffSession> {
    const id = cookieOf(request);
    const entry = id ? this.#entries.get(id) : undefined;
    const pending = entry?.pending;
    if (!id || !pending || pending.until <= Date.now()) {
      if (id) this.#entries.delete(id);
      throw new ConsoleError(401, 'sign_in_expired', 'Start again with your email and password.');
    }
    if (!/^\d{6}$/.test(code.trim())) throw new ConsoleError(400, 'code_format', 'Enter the 6 digits of the code.');
    const { status, json } = await this.#signIn({
      email: pending.email,
      password: pending.password,
      totp_code: code.trim(),
    });
    if (status !== 201) {
      if (json.code !== 'mfa_invalid') this.#entries.delete(id); // locked out or rate limited: start again
      throw problemOf(status, json);
    }
    const session: StaffSession = {
      token: String(json.token),
      email: pending.email,
      role: String(json.role),
      expiresAt: new Date(String(json.expires_at)).getTime(),
    };
    this.#entries.set(id, { session });
    return session;
  }
}

function problemOf(status: number, json: Record<string, unknown>): ConsoleError {
  return new ConsoleError(
    status >= 400 ? status : 502,
    typeof json.code === 'string' ? json.code : 'api_error',
    typeof json.detail === 'string' ? json.detail : typeof json.title === 'string' ? json.title : 'Sign-in failed.',
  );
}
